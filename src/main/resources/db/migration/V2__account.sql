create table account (
    id                 uuid primary key,
    username           text        not null unique check (username = lower(username)),
    email              text unique check (email = lower(email)),
    display_name       text        not null,
    password_hash      text,
    roles              text[]      not null,
    preferred_language text        not null default 'pl' check (preferred_language in ('pl', 'en', 'uk')),
    enabled            boolean     not null default true,
    created_at         timestamptz not null
);
