-- Live tracking of the IPUS plan deadline: a projection of the event log (docs/decisions/0010, 0011).
-- Rebuildable: truncating these tables and resetting the checkpoint to 0 replays the log into them.

-- One row per application whose plan deadline is tracked. due_date never changes once set.
create table tracked_deadline (
    application_id uuid    primary key,
    reference      text    not null,
    kind           text    not null,
    coordinator_id uuid,
    team           text,
    submitted_on   date    not null,
    due_date       date    not null,
    met_on         date,
    closed_on      date,
    -- met_on or closed_on: when the deadline stopped being open (for "finished in the last N days" counts).
    finished_on    date,
    state          text    not null check (state in ('ON_TRACK', 'DUE_SOON', 'OVERDUE', 'MET', 'MET_LATE', 'CLOSED')),
    -- The next day on which time alone changes the state; null when it never will (met, closed, overdue).
    next_change    date,
    paused         boolean not null default false,
    last_event_seq bigint  not null,
    updated_at     timestamptz not null
);

-- The midnight re-evaluation reads only the rows due for a change (decision 0011).
create index tracked_deadline_next_change on tracked_deadline (next_change) where next_change is not null;

-- The board: open deadlines by due date, keyset-paged on (due_date, application_id), optionally per coordinator,
-- team or state. Partial, so that the finished history (most of the table) stays out of them.
create index tracked_deadline_open_due on tracked_deadline (due_date, application_id)
    where state in ('ON_TRACK', 'DUE_SOON', 'OVERDUE');
create index tracked_deadline_open_coordinator on tracked_deadline (coordinator_id, due_date, application_id)
    where state in ('ON_TRACK', 'DUE_SOON', 'OVERDUE');
create index tracked_deadline_open_team on tracked_deadline (team, due_date, application_id)
    where state in ('ON_TRACK', 'DUE_SOON', 'OVERDUE');
create index tracked_deadline_open_state on tracked_deadline (state, due_date, application_id)
    where state in ('ON_TRACK', 'DUE_SOON', 'OVERDUE');
-- Counts of recently finished deadlines (MET, MET_LATE, CLOSED in the last days).
create index tracked_deadline_finished on tracked_deadline (finished_on, state) where finished_on is not null;

-- Times the centre waited for the resident. Shown beside the deadline; they never move it.
create table deadline_pause (
    id             uuid primary key,
    application_id uuid not null references tracked_deadline (application_id),
    reason         text not null check (reason in ('MISSING_DOCUMENTS', 'AWAITING_ANSWER', 'RESIDENT_ASKED_TO_WAIT', 'OTHER')),
    note           text check (char_length(note) <= 200),
    started_on     date not null,
    ended_on       date check (ended_on >= started_on),
    started_by     uuid not null,
    ended_by       uuid,
    created_at     timestamptz not null
);
create index deadline_pause_application on deadline_pause (application_id, started_on);
create unique index deadline_pause_one_open on deadline_pause (application_id) where ended_on is null;

-- How far the projection has read the event log. Locked (select ... for update) by every transaction that writes
-- tracked_deadline from events or from time, so several app instances project each event exactly once.
create table deadline_checkpoint (
    name     text   primary key,
    last_seq bigint not null
);
insert into deadline_checkpoint (name, last_seq) values ('tracked_deadline', 0);

-- Notices for staff, written in the same transaction as the change they report. Neutral text from a message key
-- and the application's reference only.
create table staff_notification (
    id             uuid primary key,
    recipient_role text        not null,
    message_key    text        not null,
    reference      text        not null,
    application_id uuid,
    created_at     timestamptz not null,
    read_at        timestamptz,
    read_by        uuid
);
create index staff_notification_unread on staff_notification (recipient_role, created_at desc) where read_at is null;
create index staff_notification_recent on staff_notification (recipient_role, created_at desc);
