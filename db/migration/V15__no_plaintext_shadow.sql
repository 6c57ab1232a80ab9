-- No plaintext shadow of a complaint (issue 13, item 3): a copy of the database without the keys
-- must not let anyone attribute a ground, answer, text or e-mail address to fewer than
-- medverka.followup.min-cell complaints, by any join. See docs/security.md.

-- 1. Follow-up figures: one sealed row per committee and month instead of one plaintext row per
-- complaint. counts_enc is AES-GCM ciphertext (the complaint key) of the month's counts per ground,
-- kind, service and district, padded to a fixed size, so that its length says nothing either.
-- Plaintext counts would not do: routing_case keeps each case's committee and time (the case needs
-- them), so a committee with one complaint in a month would give away that complaint's grounds.
create table followup_complaint_count (
    committee_id bigint not null,
    month        date   not null check (extract(day from month) = 1),
    counts_enc   text   not null,
    primary key (committee_id, month)
);

-- The old per-complaint facts are sealed into the new table by the application at its next start
-- (the key is not in the database); until then they wait under a name nothing else reads.
alter table followup_complaint_fact rename to followup_complaint_fact_unsealed;

-- 2. Erasure kept one plaintext row per ground of every erased complaint, with its committee and
-- exact days: the same shadow. Every complaint is already counted in the follow-up figures.
drop table complaint_statistics;

-- 3. The outbox: mails to residents are redacted once sent (recipient and body removed), and a
-- queued mail can be found again by what it is about, so that it goes when its complaint is erased.
alter table notification_outbox alter column recipient drop not null;
alter table notification_outbox alter column body drop not null;
alter table notification_outbox add column personal boolean not null default false;
alter table notification_outbox add column about text;
alter table notification_outbox add column message_id text;
alter table notification_outbox add column redacted_at timestamptz;
create index notification_outbox_about on notification_outbox (about) where about is not null;
create index notification_outbox_unredacted on notification_outbox (status) where personal and redacted_at is null;

-- 4. Case-trail reasons are free text staff write (they may quote the resident): retention may
-- clear them, and nothing else may change the trail. A row trigger allows exactly that update.
drop trigger routing_case_event_no_change on routing_case_event;

create function routing_case_event_retention_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.reason is null
            and (new.id, new.case_id, new.occurred_at, new.actor, new.action, new.from_value, new.to_value)
                is not distinct from
                (old.id, old.case_id, old.occurred_at, old.actor, old.action, old.from_value, old.to_value) then
        return new;
    end if;
    raise exception '% is append-only (retention may only clear a reason)', tg_table_name;
end;
$$;

create trigger routing_case_event_no_change before update or delete on routing_case_event
    for each row execute function routing_case_event_retention_only();
create trigger routing_case_event_no_truncate before truncate on routing_case_event
    for each statement execute function append_only();

create index routing_case_event_reason on routing_case_event (case_id) where reason is not null;

-- 5. The audit trail refuses TRUNCATE as well as UPDATE and DELETE.
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function append_only();

-- 6. Dialogue participants' addresses are erased by a retention job; this finds the candidates.
create index dialogue_participant_email on dialogue_participant (dialogue_id) where email is not null;
