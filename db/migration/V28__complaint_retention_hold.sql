-- Retention erases a complaint only under a recorded erasure decision (records module) and, where
-- the decision says so, after the archive has receipted its delivery. A complaint that is due but
-- not cleared stays, with the reason, for staff to see; it is looked at again on the next run.
alter table complaint add column retention_checked_at timestamptz;
alter table complaint add column retention_hold text;
