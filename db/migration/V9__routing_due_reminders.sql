-- Due-date reminders: one row per case and deadline whose passing the committee's registry was told
-- of. The primary key is what makes the reminder job exactly-once across nodes: a node that took a
-- case (FOR UPDATE SKIP LOCKED) inserts its row in the same transaction as the outbox mail, and an
-- insert that finds the row already there queues nothing.
create table routing_due_reminder (
    case_id      bigint      not null references routing_case (id),
    kind         text        not null check (kind in ('ACKNOWLEDGE', 'ANSWER')),
    committee_id bigint      not null references routing_committee (id),
    due_on       date        not null,
    reminded_at  timestamptz not null,
    primary key (case_id, kind)
);

-- The job looks for unacknowledged cases past their acknowledge date (answer dates use
-- routing_case_open_due); without this it would scan every open case every run.
create index routing_case_unacknowledged on routing_case (acknowledge_due, id)
    where acknowledged_at is null and state <> 'CLOSED';
