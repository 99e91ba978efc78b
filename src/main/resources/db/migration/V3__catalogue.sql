-- The catalogue: programmes of social services, providers and the services they deliver.
-- Small tables (tens to hundreds of rows): searched in the application, see docs/decisions/0007-catalogue-model.md.

create table catalogue_programme (
    id                    uuid primary key,
    name                  text        not null,
    goal                  text        not null,
    period_start          date        not null,
    period_end            date check (period_end is null or period_end >= period_start),
    target_group          text        not null,
    expected_participants integer check (expected_participants is null or expected_participants > 0),
    qualification         text        not null,
    procedure             text        not null,
    fees                  text        not null,
    documents             text,
    personal_data         text[]      not null default '{}',
    updated_at            timestamptz not null
);

create table catalogue_provider (
    id             uuid primary key,
    name           text        not null,
    kind           text        not null,
    street         text        not null,
    postal_code    text,
    city           text        not null,
    district       text,
    contact_person text,
    phone          text,
    email          text,
    website        text,
    opening_hours  text,
    accessibility  text,
    languages      text[]      not null default '{pl}',
    updated_at     timestamptz not null
);

create table catalogue_service (
    id                uuid primary key,
    name              text        not null,
    summary           text        not null,
    description       text,
    programme_id      uuid references catalogue_programme (id),
    area              text        not null,
    situations        text[]      not null default '{}',
    formal_conditions text,
    fees              text,
    languages         text[]      not null default '{pl}',
    offered           boolean     not null default true,
    updated_at        timestamptz not null
);

create index catalogue_service_programme on catalogue_service (programme_id);

-- Who delivers a service; position 0 is the main contact.
create table catalogue_service_provider (
    service_id  uuid    not null references catalogue_service (id) on delete cascade,
    provider_id uuid    not null references catalogue_provider (id),
    position    integer not null,
    primary key (service_id, provider_id)
);

-- Services that cannot be combined in one plan. Symmetric: each pair is stored once, smaller id first.
create table catalogue_service_exclusion (
    service_a uuid not null references catalogue_service (id) on delete cascade,
    service_b uuid not null references catalogue_service (id) on delete cascade,
    primary key (service_a, service_b),
    check (service_a < service_b)
);
