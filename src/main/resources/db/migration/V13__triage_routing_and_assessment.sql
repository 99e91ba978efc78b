-- Triage: who takes which applications (staff profiles, district → team rules) and the needs-assessment records
-- (art. 37 ustawy o CUS). Applications themselves belong to intake; these tables refer to them by id only.

-- A coordinator's or family assistant's routing profile. Name, username and role are copied from the account when
-- the administrator saves the profile, so that queues need no look-up per person.
create table triage_staff_profile (
    account_id   uuid primary key references account (id),
    username     text        not null,
    display_name text        not null,
    role         text        not null check (role in ('COORDINATOR', 'FAMILY_ASSISTANT')),
    team         text,
    districts    text[]      not null default '{}',
    languages    text[]      not null default '{}',
    active       boolean     not null default true,
    updated_at   timestamptz not null,
    updated_by   uuid
);

-- "Applications from this district go to this team." The key is the district in lower case, so that
-- "Zatorze" and "zatorze " are one rule.
create table triage_routing_rule (
    district_key text primary key,
    district     text        not null,
    team         text        not null,
    updated_at   timestamptz not null,
    updated_by   uuid
);

-- One row per recorded version; corrections add a version, nothing is overwritten.
create table triage_needs_assessment (
    id               uuid primary key,
    application_id   uuid        not null,
    version          int         not null check (version > 0),
    needs            text        not null,
    services_used    text,
    justified        boolean     not null,
    possible         boolean     not null,
    justification    text,
    fees_explained   boolean     not null,
    fees_note        text,
    outcome          text        not null check (outcome in ('PLAN', 'FORWARD', 'NOT_QUALIFIED')),
    recorded_by      uuid        not null,
    recorded_by_name text        not null,
    recorded_at      timestamptz not null,
    unique (application_id, version)
);
