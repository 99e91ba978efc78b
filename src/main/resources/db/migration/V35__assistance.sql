-- Family assistance (docs/decisions/0020): the assistant's work with a family, tied to an application by id.
-- The card, the work plan and the "Za życiem" support catalogue are small documents kept as jsonb on the case row;
-- visits, assessments, monthly reports and authorisations are rows of their own.
create table family_assistance (
    application_id       uuid primary key,
    assistant_id         uuid        not null,
    za_zyciem            boolean     not null,
    consent_on           date        not null,
    court_ordered        boolean     not null default false,
    referred_on          date,
    documents_received_on date,
    card                 jsonb,
    work_plan            jsonb       not null default '[]'::jsonb,
    support_catalogue    jsonb       not null default '[]'::jsonb,
    ended_on             date,
    end_reason           text check (end_reason in ('GOALS_REACHED', 'NO_COOPERATION_OR_RESIGNATION', 'MOVED_AWAY', 'OTHER')),
    end_reason_text      text,
    monitoring_until     date,
    monitoring_notes     jsonb       not null default '[]'::jsonb,
    recorded_at          timestamptz not null,
    updated_at           timestamptz not null
);
create index family_assistance_assistant on family_assistance (assistant_id) where ended_on is null;

create table family_visit (
    id               uuid primary key,
    application_id   uuid        not null references family_assistance (application_id),
    visited_on       date        not null,
    kind             text        not null check (kind in ('HOME_VISIT', 'PHONE', 'OFFICE', 'OTHER')),
    duration_minutes int         not null check (duration_minutes between 1 and 1440),
    notes            text        not null,
    goal_ids         jsonb       not null default '[]'::jsonb,
    logged_by        uuid        not null,
    logged_at        timestamptz not null
);
create index family_visit_case on family_visit (application_id, visited_on);

create table family_assessment (
    id             uuid primary key,
    application_id uuid        not null references family_assistance (application_id),
    assessed_on    date        not null,
    text           text        not null,
    conclusion     text        not null,
    written_by     uuid        not null,
    written_at     timestamptz not null
);
create index family_assessment_case on family_assessment (application_id, assessed_on);

-- One submitted report per family and month: the unique key refuses a second one, also when two submit at once.
create table family_monthly_report (
    application_id  uuid        not null references family_assistance (application_id),
    month           date        not null check (extract(day from month) = 1),
    visit_count     int         not null,
    total_minutes   int         not null,
    contacts        text        not null,
    goals_worked_on text        not null,
    summary         text        not null,
    submitted_on    date        not null,
    submitted_by    uuid        not null,
    submitted_at    timestamptz not null,
    primary key (application_id, month)
);

create table family_authorisation (
    id             uuid primary key,
    application_id uuid        not null references family_assistance (application_id),
    purpose        text        not null,
    granted_on     date        not null,
    valid_until    date,
    revoked_on     date,
    recorded_at    timestamptz not null
);
create index family_authorisation_case on family_authorisation (application_id, granted_on);
