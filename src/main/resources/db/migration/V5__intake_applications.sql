-- Intake: residents' applications, their status history, attachments and drafts.

-- One row per application. (resident_id, idempotency_key) is unique so that a retried or double-clicked submit,
-- even when two requests race, creates one application: the insert is "on conflict do nothing", then read back.
create table application (
    id               uuid primary key,
    resident_id      uuid        not null references account (id),
    idempotency_key  text        not null,
    request_hash     text        not null,
    reference        text unique,
    kind             text        not null check (kind in ('IPUS', 'ZA_ZYCIEM')),
    status           text        not null,
    submitted_at     timestamptz not null,
    submitted_on     date        not null,
    plan_due_date    date        not null,
    plan_agreed_on   date,
    closed_on        date,
    needs            text        not null,
    situation        text,
    services         jsonb       not null default '[]',
    household        jsonb       not null default '[]',
    contact_channel  text        not null,
    contact_value    text,
    discretion       text[]      not null default '{}',
    district         text,
    language         text,
    consent_at       timestamptz not null,
    constraint application_idempotency unique (resident_id, idempotency_key)
);

create index application_resident on application (resident_id, submitted_at desc);

-- Reference numbers W/<year>/<n>, counted per year. The row lock taken by the upsert is held to commit, so numbers
-- are handed out without gaps except for rolled-back submits.
create table application_reference_counter (
    year        int primary key,
    last_number int not null
);

create table application_status_change (
    application_id uuid        not null references application (id),
    seq            int         not null,
    status         text        not null,
    changed_at     timestamptz not null,
    primary key (application_id, seq)
);

-- Files are stored in the database under server-generated ids; the resident's file name is kept for display only.
create table attachment (
    id             uuid primary key,
    owner_id       uuid        not null references account (id),
    application_id uuid references application (id),
    display_name   text        not null,
    media_type     text        not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size           bigint      not null,
    content        bytea       not null,
    uploaded_at    timestamptz not null
);

create index attachment_owner on attachment (owner_id);
create index attachment_application on attachment (application_id);

create table application_draft (
    id          uuid primary key,
    resident_id uuid        not null references account (id),
    form        jsonb       not null,
    step        int         not null,
    updated_at  timestamptz not null
);

create index application_draft_resident on application_draft (resident_id, updated_at desc);
