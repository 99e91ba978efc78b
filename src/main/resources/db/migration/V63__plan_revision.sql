-- Issue 15: the plan is saved as one aggregate with an optimistic check. Each save raises the revision by one and
-- succeeds only when the revision is still the one the plan was loaded with; a concurrent change gets a Conflict.
alter table plan add column revision bigint not null default 1;
