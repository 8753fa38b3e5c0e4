-- The platform schema: firms, users, rates and the audit trail. Client data never lives here: each firm has its own
-- schema (firm_<id>) created from db/migration/firm.

-- Connections point here whenever no firm is in context; it stays empty so that a missed switch fails closed.
create schema if not exists no_tenant;

create sequence platform.firm_id_seq;

create table platform.firm (
    id          bigint primary key,
    public_id   uuid        not null unique,
    name        text        not null check (length(name) between 2 and 120),
    schema_name text        not null unique check (schema_name ~ '^firm_[1-9][0-9]*$'),
    created_at  timestamptz not null default now(),
    version     bigint      not null default 0
);

create table platform.app_user (
    id            bigint generated always as identity primary key,
    email         text        not null unique check (email = lower(email) and length(email) <= 254),
    display_name  text        not null,
    password_hash text        not null,
    role          text        not null check (role in ('ADMIN', 'ACCOUNTANT', 'CLIENT')),
    firm_id       bigint references platform.firm (id),
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    version       bigint      not null default 0,
    -- accountants and clients belong to exactly one firm; a platform administrator to none
    check ((role = 'ADMIN') = (firm_id is null))
);

-- A published state of the rates. Every change to rate values is a new version; nothing is overwritten.
create table platform.rate_version (
    id           bigint generated always as identity primary key,
    label        text        not null unique,
    note         text        not null default '',
    published_at timestamptz not null default now(),
    published_by text        not null
);

-- One dated value of a rate parameter. A value belongs to the versions from introduced_in up to (not including)
-- retired_in; correcting a value retires the old row and adds a new one.
create table platform.rate_value (
    id              bigint generated always as identity primary key,
    parameter       text          not null check (parameter ~ '^[a-z][a-z0-9_.]*$'),
    category        text          not null default '',
    effective_from  date          not null,
    effective_until date          not null,
    value           numeric(24, 10) not null,
    status          text          not null check (status in ('confirmed', 'provisional')),
    source_title    text          not null,
    source_url      text          not null default '',
    checked_on      date          not null,
    note            text          not null default '',
    introduced_in   bigint        not null references platform.rate_version (id),
    retired_in      bigint references platform.rate_version (id),
    check (effective_until >= effective_from),
    check (status = 'provisional' or length(source_title) > 0)
);
create index rate_value_current on platform.rate_value (parameter, category, effective_from) where retired_in is null;
