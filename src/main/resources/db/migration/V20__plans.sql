-- Plans (IPUS, art. 39–41 ustawy o CUS): one plan per application, its versions, agreement and approval.
-- Intake keeps the day the plan was prepared (agreed and approved) for the application's deadline state.
alter table application add column plan_prepared_on date;

create table plan (
    id                  uuid        primary key,
    application_id      uuid        not null unique references application (id),
    current_version     int         not null check (current_version > 0),
    prepared_on         date,
    change_request      text,
    change_requested_at timestamptz
);

-- Every version stays readable: a version is frozen once agreed or approved, and a change then adds a new one.
-- The plan counts as prepared (prepared_on, set once) when its current version is both agreed and approved.
create table plan_version (
    plan_id        uuid        not null references plan (id),
    version        int         not null check (version > 0),
    period_from    date        not null,
    period_to      date        not null check (period_to > period_from),
    goals          text        not null,
    items          jsonb       not null,
    reason         text,
    written_by     uuid        not null references account (id),
    written_by_name text       not null,
    written_at     timestamptz not null,
    agreed_on      date,
    approved_on    date,
    approved_by    uuid references account (id),
    primary key (plan_id, version)
);
