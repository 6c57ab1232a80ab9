-- The optional e-mail address of an accessibility report is kept encrypted (the complaint key,
-- through shared.security.PersonalDataSeal) and erased once the answer mail is queued or after
-- medverka.legal.report.address-retention. V20 stored it in plain text; that version was never
-- released, so addresses a trial run stored are dropped rather than carried over in clear.
-- answer_mailed: whether the answer went to an address (which is then gone), for the handler.
alter table accessibility_report drop column email;
alter table accessibility_report add column email_enc text;
alter table accessibility_report add column answer_mailed boolean not null default false;
