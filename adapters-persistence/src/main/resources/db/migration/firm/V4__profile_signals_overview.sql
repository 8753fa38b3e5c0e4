-- A client's profile, the signals found in its facts, and one overview row per client and year for the portfolio
-- (product.md journeys 4 and 7; issue 8).

-- Profile: VAT position, start date and who changed it last ("changed by X at T" on a refused concurrent edit).
alter table client add column vat_position text not null default 'UNKNOWN'
    check (vat_position in ('UNKNOWN', 'REGULAR', 'KOR', 'EXEMPT'));
alter table client add column start_date date;
alter table client add column updated_at timestamptz;
alter table client add column updated_by text not null default '' check (length(updated_by) <= 254);

create table client_partner (
    client_id bigint       not null references client (id) on delete cascade,
    position  integer      not null check (position between 0 and 49),
    name      text         not null check (length(name) between 1 and 200),
    share     numeric(9, 8) not null check (share > 0 and share <= 1),
    primary key (client_id, position)
);

-- The portfolio sorts and searches on these with limit/offset: keep them indexed.
create index client_name_order on client (lower(name), id);
create index client_country_form on client (country, legal_form);

-- What each client's year is worth at a glance, rewritten whenever its results are stored. The portfolio reads one
-- row per client for the chosen year, so sorting on a figure is an index scan, not a recomputation.
create table client_overview (
    client_id      bigint        not null,
    year           integer       not null,
    fit            text          not null default '' check (fit in ('', 'YES', 'NO')),
    fit_text       text          not null default '',
    kia_eur        numeric(16, 2),
    vaa_eur        numeric(16, 2),
    car_costs_eur  numeric(16, 2),
    provisional    boolean       not null default false,
    signal_count   integer       not null default 0,
    top_signal     text          not null default '',
    top_signal_eur numeric(16, 2),
    computed_at    timestamptz   not null,
    primary key (client_id, year),
    foreign key (client_id, year) references client_year (client_id, year) on delete cascade
);
create index client_overview_kia on client_overview (year, kia_eur);
create index client_overview_vaa on client_overview (year, vaa_eur);
create index client_overview_car on client_overview (year, car_costs_eur);
create index client_overview_signal on client_overview (year, top_signal_eur);

-- Signals ranked by euro value: what a client gains or risks, where in the facts, and by when.
create table client_signal (
    id          bigint generated always as identity primary key,
    client_id   bigint        not null,
    year        integer       not null,
    kind        text          not null check (length(kind) between 1 and 60),
    scheme      text          not null default '',
    field       text          not null default '',
    euro        numeric(16, 2) not null,
    due_date    date,
    message     text          not null check (length(message) between 1 and 1000),
    computed_at timestamptz   not null,
    foreign key (client_id, year) references client_year (client_id, year) on delete cascade
);
create index client_signal_client on client_signal (client_id, year);
create index client_signal_rank on client_signal (year, euro desc);
