-- The 5th-of-the-month reminder (issue 10): one row per assistant and reported month, inserted once with its event,
-- so that the daily job may run on every instance and any number of times a day without reminding twice.
create table family_report_reminder (
    assistant_id uuid        not null,
    month        date        not null check (extract(day from month) = 1),
    reminded_at  timestamptz not null,
    primary key (assistant_id, month)
);
