-- Reporting (docs/decisions/0021-reporting-read-model.md): the services of every prepared plan, extracted once.
-- Counting services by programme and provider straight from plan_version.items means unnesting the jsonb of every plan
-- of the period: about 25 s for a year over a million applications (docs/performance.md). Instead, the moment a plan
-- becomes prepared (plan.prepared_on set, once, in the plans module's transaction), these triggers copy the services of
-- its current version (the version that was agreed and approved; frozen from then on) into report_plan_service, and
-- count them per day in report_service_day. Read by reporting only; never written by the application.

create table report_plan_service (
    plan_id        uuid not null,
    application_id uuid not null,
    prepared_on    date not null,
    service_id     text not null,
    provider       text not null,
    primary key (plan_id, service_id, provider)
);
create index report_plan_service_lookup on report_plan_service (service_id, provider, prepared_on) include (application_id);

-- Plans prepared per day with a service from a provider; a plan counts once per (service, provider).
create table report_service_day (
    prepared_on date   not null,
    service_id  text   not null,
    provider    text   not null,
    plans       bigint not null,
    primary key (prepared_on, service_id, provider)
);

create function report_plans_prepared() returns trigger language plpgsql as $$
begin
    -- Plans that have just become prepared: inserted prepared (bulk loads), or prepared_on set by this statement.
    -- Two branches because old_rows exists for updates only (a branch is planned only when taken).
    if tg_op = 'INSERT' then
        with prepared as (
            select distinct n.id as plan_id, n.application_id, n.prepared_on, i.item ->> 'serviceId' as service_id,
                   coalesce(nullif(btrim(i.item ->> 'provider'), ''), '') as provider
            from new_rows n
            join plan_version v on v.plan_id = n.id and v.version = n.current_version
            cross join lateral jsonb_array_elements(v.items) as i(item)
            where n.prepared_on is not null and i.item ->> 'serviceId' is not null
        ), added as (
            insert into report_plan_service (plan_id, application_id, prepared_on, service_id, provider)
            select plan_id, application_id, prepared_on, service_id, provider from prepared
            on conflict do nothing
            returning prepared_on, service_id, provider
        )
        insert into report_service_day as d (prepared_on, service_id, provider, plans)
        select prepared_on, service_id, provider, count(*) from added group by 1, 2, 3
        on conflict (prepared_on, service_id, provider) do update set plans = d.plans + excluded.plans;
    else
        with prepared as (
            select distinct n.id as plan_id, n.application_id, n.prepared_on, i.item ->> 'serviceId' as service_id,
                   coalesce(nullif(btrim(i.item ->> 'provider'), ''), '') as provider
            from new_rows n join old_rows o on o.id = n.id and o.prepared_on is null
            join plan_version v on v.plan_id = n.id and v.version = n.current_version
            cross join lateral jsonb_array_elements(v.items) as i(item)
            where n.prepared_on is not null and i.item ->> 'serviceId' is not null
        ), added as (
            insert into report_plan_service (plan_id, application_id, prepared_on, service_id, provider)
            select plan_id, application_id, prepared_on, service_id, provider from prepared
            on conflict do nothing
            returning prepared_on, service_id, provider
        )
        insert into report_service_day as d (prepared_on, service_id, provider, plans)
        select prepared_on, service_id, provider, count(*) from added group by 1, 2, 3
        on conflict (prepared_on, service_id, provider) do update set plans = d.plans + excluded.plans;
    end if;
    return null;
end;
$$;

-- Statement-level with transition tables, so that a bulk load costs one set-based insert, not one per row.
create trigger plan_prepared_insert_for_reports after insert on plan
    referencing new table as new_rows for each statement execute function report_plans_prepared();
create trigger plan_prepared_update_for_reports after update on plan
    referencing old table as old_rows new table as new_rows for each statement execute function report_plans_prepared();

-- Plans prepared before this migration.
with prepared as (
    select distinct p.id as plan_id, p.application_id, p.prepared_on, i.item ->> 'serviceId' as service_id,
           coalesce(nullif(btrim(i.item ->> 'provider'), ''), '') as provider
    from plan p
    join plan_version v on v.plan_id = p.id and v.version = p.current_version
    cross join lateral jsonb_array_elements(v.items) as i(item)
    where p.prepared_on is not null and i.item ->> 'serviceId' is not null
)
insert into report_plan_service (plan_id, application_id, prepared_on, service_id, provider)
select plan_id, application_id, prepared_on, service_id, provider from prepared;

insert into report_service_day (prepared_on, service_id, provider, plans)
select prepared_on, service_id, provider, count(*) from report_plan_service group by 1, 2, 3;
