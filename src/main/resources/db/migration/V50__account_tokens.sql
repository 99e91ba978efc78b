-- Issue 14: registration by e-mail confirmation and password reset by e-mail link.

-- A single-use token sent by e-mail. Only its SHA-256 is stored, so a copy of the database opens no account.
-- REGISTRATION rows hold what the resident entered (the password already hashed) until the link is followed;
-- RESET rows name the account whose password the link may set.
create table account_token (
    token_hash    text primary key,
    purpose       text        not null check (purpose in ('REGISTRATION', 'RESET')),
    email         text        not null check (email = lower(email)),
    account_id    uuid references account (id) on delete cascade,
    display_name  text,
    password_hash text,
    language      text,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    used_at       timestamptz
);
create index account_token_expiry on account_token (expires_at);

-- Mails about an account (confirmation, reset) are sent to an address that may have no account yet and follow no
-- domain event: no event sequence, no recipient account.
alter table mail_outbox alter column event_seq drop not null;
alter table mail_outbox alter column recipient_id drop not null;
