-- The append-only domain event log: every state change records its event here in the same transaction.
-- seq is assigned under a transaction-scoped advisory lock (see PostgresEventLog), so seq order is commit order.
create table event_log (
    seq          bigint generated always as identity primary key,
    occurred_at  timestamptz not null,
    type         text        not null,
    aggregate_id uuid,
    payload      jsonb       not null
);

create index event_log_aggregate on event_log (aggregate_id, seq);

-- Append-only: no updates or deletes, whatever the application does.
create function event_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'event_log is append-only';
end;
$$;

create trigger event_log_no_update before update or delete on event_log
    for each row execute function event_log_is_append_only();
