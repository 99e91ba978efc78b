-- When a mail was last tried (issue 14): the administrator's outbox summary names the latest error and when it was.
alter table mail_outbox add column last_attempt_at timestamptz;
