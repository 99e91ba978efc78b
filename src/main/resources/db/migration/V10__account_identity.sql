-- Sign-ins at external identity providers (OIDC), linked to portal accounts. The subject is the provider's stable
-- id for the person; one link per provider per account.
create table account_identity (
    provider   text        not null,
    subject    text        not null,
    account_id uuid        not null references account (id),
    linked_at  timestamptz not null,
    primary key (provider, subject),
    unique (provider, account_id)
);
