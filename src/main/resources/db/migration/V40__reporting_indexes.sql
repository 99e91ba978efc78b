-- Reporting (docs/decisions/0021-reporting-read-model.md): the summary of a period reads intake's, plans' and deadlines'
-- tables read-only and aggregates in the database. These indexes make each figure a range scan over the period's rows
-- (index-only where the columns it needs are included), so that a year over a million applications answers in well
-- under two seconds (docs/performance.md, "Reports"). They cost the writers one more index entry each.

-- Applications received in the period, by kind and contact channel.
create index application_submitted_on on application (submitted_on) include (kind, contact_channel);

-- Plans prepared in the period: on time or late against the due date, days from the application to the plan.
create index application_plan_prepared_on on application (plan_prepared_on) include (submitted_on, plan_due_date)
    where plan_prepared_on is not null;

-- Applications forwarded, refused or withdrawn in the period (the day of the decision), with where they went.
create index application_closed_outcome on application (closed_on, status) include (forwarded_destination, forwarded_to)
    where status in ('FORWARDED', 'NOT_QUALIFIED', 'WITHDRAWN');

-- Services in the plans prepared in the period.
create index plan_prepared_on on plan (prepared_on) where prepared_on is not null;

-- Pauses (waiting for the resident) started in the period.
create index deadline_pause_started_on on deadline_pause (started_on);
