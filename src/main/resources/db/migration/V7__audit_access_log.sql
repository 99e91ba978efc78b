-- Who in the centre looked at which record, when and why. Append-only, like the event log.
create table access_log (
    id          bigint generated always as identity primary key,
    record_id   uuid        not null,
    staff_id    uuid        not null,
    staff_name  text        not null,
    staff_role  text        not null,
    purpose     text        not null,
    accessed_at timestamptz not null
);

create index access_log_record on access_log (record_id, accessed_at);

create function access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only';
end;
$$;

create trigger access_log_no_update before update or delete on access_log
    for each row execute function access_log_is_append_only();
