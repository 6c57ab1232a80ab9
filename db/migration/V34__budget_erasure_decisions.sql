-- Issue 16: a citizen budget's personal data is erased on schedule only under a recorded decision on
-- erasure, as complaints are: BUDGET_VOTERS (the keyed voter hashes of a counted round, counted from the
-- day after voting closed) and BUDGET_FOLLOWERS (the addresses following a winning project, counted from
-- the day the project was reported done).
alter table records_erasure_decision drop constraint records_erasure_decision_record_kind_check;
alter table records_erasure_decision add constraint records_erasure_decision_record_kind_check
    check (record_kind in ('COMPLAINT', 'BUDGET_VOTERS', 'BUDGET_FOLLOWERS'));
