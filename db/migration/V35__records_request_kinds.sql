-- Issue 18: a request for public records may concern a case of any kind that has a provider (complaints,
-- referral answers, budget proposals); the request remembers which, so that its documents are read from
-- the module that owns that kind. Requests registered before were all for complaints.
alter table records_request add column subject_kind text not null default 'COMPLAINT'
    check (subject_kind in ('COMPLAINT', 'REFERRAL_ANSWER', 'BUDGET_PROPOSAL'));
