-- Assisted submission of a dialogue proposal (issue 17): staff register it for a resident who does
-- not use the web; how it came in is kept for follow-up, who registered it only in the audit trail.
alter table dialogue_post add column channel text check (channel in ('PHONE', 'VISIT', 'LETTER', 'INTERPRETER'));
