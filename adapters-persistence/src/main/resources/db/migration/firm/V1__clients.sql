-- A firm's own schema: its clients and everything about them. No references to other firms' schemas; platform rows
-- are referred to by id only, so firms can later be spread over several database nodes.
create table client (
    id         bigint generated always as identity primary key,
    name       text        not null check (length(name) between 1 and 200),
    country    text        not null check (country in ('NL', 'BE')),
    legal_form text        not null default '',
    created_at timestamptz not null default now(),
    version    bigint      not null default 0
);
