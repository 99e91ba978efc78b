-- Reminders before a plan ends (decision 0019): one row per plan and end day, inserted once. The daily job of every
-- instance tries the insert; only the one that inserts appends PlanEndingSoon, in the same transaction.
create table plan_ending_reminder (
    plan_id     uuid not null references plan (id),
    period_to   date not null,
    version     int  not null,
    reminded_on date not null,
    primary key (plan_id, period_to)
);
