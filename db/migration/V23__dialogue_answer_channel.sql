-- Assisted dialogue answers (issue 17): staff register a resident's answers on the phone, at a
-- library or service office, from a letter or with an interpreter. How they came in is kept on the
-- participant for follow-up; who registered them only in the audit trail.
alter table dialogue_participant add column channel text check (channel in ('PHONE', 'VISIT', 'LETTER', 'INTERPRETER'));
