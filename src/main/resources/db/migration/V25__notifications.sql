-- Notifications (docs/notifications.md, decision 0017): a projection of the event log plus the mail outbox,
-- both written in the same transaction as the checkpoint, so each event notifies exactly once.

create table notification_checkpoint (
    name     text primary key,
    last_seq bigint not null
);
insert into notification_checkpoint (name, last_seq) values ('notifications', 0);

-- What the module remembers of each application to address notifications: never the matter itself.
create table notification_matter (
    application_id uuid primary key,
    resident_id    uuid,
    reference      text,
    assignee_id    uuid
);

create table notification (
    id             uuid primary key,
    recipient_id   uuid        not null,
    type           text        not null,
    application_id uuid,
    reference      text,
    -- A neutral detail for the text, e.g. the forwarding destination type.
    detail         text,
    event_seq      bigint      not null,
    created_at     timestamptz not null,
    read_at        timestamptz,
    unique (event_seq, recipient_id, type)
);
create index notification_recipient on notification (recipient_id, created_at desc);
create index notification_unread on notification (recipient_id) where read_at is null;

create table mail_outbox (
    id              uuid primary key,
    event_seq       bigint      not null,
    recipient_id    uuid        not null,
    recipient       text        not null,
    sender_name     text        not null,
    subject         text        not null,
    body            text        not null,
    language        text        not null,
    status          text        not null check (status in ('HELD', 'PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    lease_until     timestamptz,
    sent_at         timestamptz,
    last_error      text,
    created_at      timestamptz not null,
    -- The dedupe key: one mail per event and recipient, whatever replays the event.
    unique (event_seq, recipient_id)
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status in ('PENDING', 'SENDING');

-- E-mail switched off per person and type; no row means on.
create table notification_mail_preference (
    account_id uuid not null,
    type       text not null,
    email      boolean not null,
    primary key (account_id, type)
);
