-- Local (break-glass) accounts: a second factor (TOTP) and a password the person sets themselves.
-- The TOTP secret is sealed (PersonalDataSeal, bound to the account's row); the last time step used
-- is kept so that a code seen over someone's shoulder cannot be used a second time.
alter table staff_user add column totp_secret text;
alter table staff_user add column totp_last_step bigint;
-- Set for a password someone else chose (an administrator creating the account, the environment's
-- first administrator): it must be changed at the first sign-in.
alter table staff_user add column password_must_change boolean not null default false;
