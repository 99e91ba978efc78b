-- Counts for the deadline board, kept by the database itself so that the board's first page does not count tens of
-- thousands of rows on every load (docs/deadlines.md, benchmark). One row per (state, kind, coordinator, team, day
-- finished); statement-level triggers apply each statement's changes as one grouped upsert per key.
-- Rebuilding the projection (truncate tracked_deadline) must truncate deadline_count too: truncate fires no triggers.
create table deadline_count (
    state          text   not null,
    kind           text   not null,
    coordinator_id uuid,
    team           text,
    finished_on    date,
    n              bigint not null,
    constraint deadline_count_key unique nulls not distinct (state, kind, coordinator_id, team, finished_on)
);

create function deadline_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into deadline_count as c (state, kind, coordinator_id, team, finished_on, n)
        select state, kind, coordinator_id, team, finished_on, -count(*) from old_rows group by 1, 2, 3, 4, 5
        on conflict on constraint deadline_count_key do update set n = c.n + excluded.n;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into deadline_count as c (state, kind, coordinator_id, team, finished_on, n)
        select state, kind, coordinator_id, team, finished_on, count(*) from new_rows group by 1, 2, 3, 4, 5
        on conflict on constraint deadline_count_key do update set n = c.n + excluded.n;
    end if;
    return null;
end;
$$;

create trigger tracked_deadline_count_insert after insert on tracked_deadline
    referencing new table as new_rows for each statement execute function deadline_count_apply();
create trigger tracked_deadline_count_update after update on tracked_deadline
    referencing old table as old_rows new table as new_rows for each statement execute function deadline_count_apply();
create trigger tracked_deadline_count_delete after delete on tracked_deadline
    referencing old table as old_rows for each statement execute function deadline_count_apply();

insert into deadline_count (state, kind, coordinator_id, team, finished_on, n)
select state, kind, coordinator_id, team, finished_on, count(*) from tracked_deadline group by 1, 2, 3, 4, 5;
