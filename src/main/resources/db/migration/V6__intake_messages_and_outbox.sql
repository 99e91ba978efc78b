-- Messages between a resident and the centre about one application.
create table application_message (
    id             uuid primary key,
    application_id uuid        not null references application (id),
    author_id      uuid        not null references account (id),
    author_name    text        not null,
    from_centre    boolean     not null,
    body           text        not null,
    sent_at        timestamptz not null
);

create index application_message_thread on application_message (application_id, sent_at);

-- Notifications to residents, written in the same transaction as the change that causes them and sent later.
-- The texts are neutral by construction (see docs/decisions/0009): never the situation, the services or the needs.
create table notification_outbox (
    id             uuid primary key,
    resident_id    uuid        not null references account (id),
    application_id uuid references application (id),
    channel        text        not null check (channel in ('EMAIL', 'SMS')),
    recipient      text        not null,
    sender_name    text        not null,
    subject        text        not null,
    body           text        not null,
    created_at     timestamptz not null,
    sent_at        timestamptz
);

create index notification_outbox_unsent on notification_outbox (created_at) where sent_at is null;
