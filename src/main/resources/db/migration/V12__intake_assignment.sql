-- Back office work on applications: who has it (assignee), optimistic version, and the outcome when it is forwarded
-- (art. 38) or does not qualify. The assignee's username and name are kept with the assignment for queues and lists.
alter table application add column assignee_id uuid references account (id);
alter table application add column assignee_username text;
alter table application add column assignee_name text;
alter table application add column assignee_team text;
alter table application add column assigned_at timestamptz;
alter table application add column version bigint not null default 0;
alter table application add column forwarded_destination text
    check (forwarded_destination in ('CENTRE_TEAM', 'MUNICIPAL_OFFICE', 'OTHER_MUNICIPAL_UNIT'));
alter table application add column forwarded_to text;
alter table application add column outcome_reason text;
alter table application add column appeal_information text;
alter table application add column decided_by uuid references account (id);

-- What the resident should know about a step: where it went and why, or the justification and how to appeal.
alter table application_status_change add column note text;

-- The queue (status, oldest first), my cases (assignee and status), and the workload count under the assignee lock.
create index application_status_submitted on application (status, submitted_at);
create index application_assignee on application (assignee_id, status) where assignee_id is not null;
create index application_kind on application (kind);
