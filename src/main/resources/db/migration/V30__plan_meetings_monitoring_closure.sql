-- Plans after they are written (decision 0019): multi-professional meetings of the case, monitoring notes, and the
-- closure with the summary conversation and the description of the course and results (art. 45).

-- A meeting belongs to the application (the first one comes before the plan is written). Participants and agreements
-- are small lists kept with the protocol: [{name, role, attended}] and [{who, what, by}].
create table plan_meeting (
    id               uuid        primary key,
    application_id   uuid        not null references application (id),
    held_on          date        not null,
    participants     jsonb       not null,
    going_well       text,
    concerns         text,
    options          text,
    chosen_services  text,
    agreements       jsonb       not null,
    next_meeting_on  date        not null check (next_meeting_on > held_on),
    recorded_by      uuid        not null references account (id),
    recorded_by_name text        not null,
    recorded_at      timestamptz not null
);

create index plan_meeting_application on plan_meeting (application_id, held_on);

create table plan_monitoring_note (
    id             uuid        primary key,
    plan_id        uuid        not null references plan (id),
    noted_on       date        not null,
    text           text        not null,
    author_id      uuid        not null references account (id),
    author_name    text        not null,
    written_at     timestamptz not null
);

create index plan_monitoring_note_plan on plan_monitoring_note (plan_id, noted_on);

-- Closed once; every write to the plan is refused afterwards.
alter table plan
    add column closed_on          date,
    add column summary_on         date,
    add column summary_notes      text,
    add column course_and_results text,
    add column closure_outcome    text check (closure_outcome in ('COMPLETED', 'INTERRUPTED')),
    add column closure_reason     text,
    add column closed_by          uuid references account (id),
    add column closed_by_name     text,
    add constraint plan_interrupted_has_reason check (closure_outcome is distinct from 'INTERRUPTED' or closure_reason is not null);
