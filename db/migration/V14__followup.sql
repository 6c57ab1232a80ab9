-- Follow-up: anonymous complaint facts and the committees' human-rights staircase.

-- One row per complaint, written when routing assigns it, moved when it is forwarded. Deliberately
-- without an id, case id or case number: nothing here leads back to a complaint or a person. Rows
-- with the same values are interchangeable, so a forward moves any one of them (by ctid).
create table followup_complaint_fact (
    committee_id bigint not null,
    concerns     text   not null,
    service_type text   not null,
    district     text,
    grounds      text[] not null,
    received_on  date   not null
);

create index followup_complaint_fact_committee on followup_complaint_fact (committee_id, received_on);
create index followup_complaint_fact_received on followup_complaint_fact (received_on);

-- MR-trappan: each committee's own yearly assessment of the six steps.
create table followup_staircase (
    committee_id  bigint      not null,
    year          int         not null,
    step          int         not null check (step between 1 and 6),
    level         text        not null check (level in ('NOT_STARTED', 'BEGUN', 'ESTABLISHED')),
    justification text        not null,
    next_steps    text        not null,
    assessed_by   text        not null,
    assessed_at   timestamptz not null,
    primary key (committee_id, year, step)
);
