-- Issue 15: the family's assistance is saved as one aggregate with an optimistic version check instead of a row lock;
-- a change decided on an older version is refused (409) rather than overwriting the other one.
alter table family_assistance add column version bigint not null default 0;
