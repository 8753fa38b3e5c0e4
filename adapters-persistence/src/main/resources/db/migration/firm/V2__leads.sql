-- Leads: visitors of the firm's anonymous quick check who asked to be contacted. Stored only when the visitor chose
-- so, with the consent text they ticked, the answers of the check and the figures computed from them.
create table lead (
    id           bigint generated always as identity primary key,
    received_at  timestamptz not null,
    name         text        not null check (length(name) between 1 and 200),
    email        text        not null check (length(email) between 3 and 254),
    phone        text        not null default '' check (length(phone) <= 30),
    message      text        not null default '' check (length(message) <= 1000),
    country      text        not null check (country in ('NL', 'BE')),
    check_year   integer     not null check (check_year between 1900 and 2200),
    consent_text text        not null check (length(consent_text) between 1 and 1000),
    version      bigint      not null default 0
);
create index lead_received on lead (received_at desc);

-- One answer of the check: the scheme, the input's API name and the value as the engine reads it.
create table lead_answer (
    lead_id  bigint  not null references lead (id) on delete cascade,
    position integer not null,
    scheme   text    not null check (length(scheme) <= 100),
    input    text    not null check (length(input) <= 100),
    value    text    not null check (length(value) <= 500),
    primary key (lead_id, position)
);

-- The figure a scheme gave, as the visitor saw it, with the rate status and version behind it.
create table lead_figure (
    lead_id      bigint  not null references lead (id) on delete cascade,
    position     integer not null,
    scheme       text    not null,
    title        text    not null,
    label        text    not null,
    value        text    not null,
    rate_status  text    not null,
    rate_version text    not null,
    primary key (lead_id, position)
);
