-- The access log becomes the audit trail: besides reads it records refused reads and every change to a case, with
-- what was done (action) and by whom (username, for filtering). Existing rows are reads. Still append-only: the
-- trigger from V7 stays; adding columns with constant defaults rewrites no rows.
alter table access_log add column action text not null default 'READ';
alter table access_log add column staff_username text;
-- The record's human-readable number (e.g. the application reference), so that the trail can be searched by it
-- without the audit module reading other modules' tables.
alter table access_log add column record_label text;

create index access_log_at on access_log (accessed_at);
create index access_log_staff on access_log (staff_id, accessed_at);
create index access_log_label on access_log (record_label) where record_label is not null;
