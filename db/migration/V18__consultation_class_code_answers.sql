-- A class code admits at most max_answers answers (set by staff when they create it); answers
-- counts them. Only the count is kept: no answer records which code it came with.
alter table consultation_class_code
    add column max_answers int not null default 35 check (max_answers between 1 and 1000),
    add column answers     int not null default 0 check (answers >= 0);
