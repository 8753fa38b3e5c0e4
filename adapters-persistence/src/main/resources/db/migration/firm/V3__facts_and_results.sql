-- What the firm knows about a client per year, and the results computed from it (product.md journeys 3-5).

-- The facts of one year: per scheme, its inputs by API name as a JSON document ({"nl-kia": {"investments": ...}}).
-- Who saved last and when is kept so a refused concurrent edit can say "changed by X at T".
create table client_year (
    client_id  bigint      not null references client (id) on delete cascade,
    year       integer     not null check (year between 2000 and 2100),
    answers    text        not null check (length(answers) <= 200000),
    updated_at timestamptz not null,
    updated_by text        not null check (length(updated_by) between 1 and 254),
    version    bigint      not null check (version >= 1),
    primary key (client_id, year)
);

-- The current result per scheme. A result is computed with one rate version only and says which.
create table client_result (
    client_id    bigint        not null,
    year         integer       not null,
    scheme       text          not null check (length(scheme) between 1 and 100),
    output       text          not null default '',
    figure       numeric(16, 2),
    figure_text  text          not null default '',
    rate_version text          not null default '',
    provisional  boolean       not null default false,
    pending      boolean       not null default false,
    problem      text          not null default '' check (length(problem) <= 1000),
    computed_at  timestamptz   not null,
    primary key (client_id, year, scheme),
    foreign key (client_id, year) references client_year (client_id, year) on delete cascade,
    check ((problem = '') or figure is null)
);
create index client_result_scheme on client_result (scheme, year);
create index client_result_pending on client_result (pending) where pending;

-- Every result ever stored, oldest first: the history shown in the client workspace.
create table client_result_history (
    id           bigint generated always as identity primary key,
    client_id    bigint        not null references client (id) on delete cascade,
    year         integer       not null,
    scheme       text          not null,
    output       text          not null default '',
    figure       numeric(16, 2),
    figure_text  text          not null default '',
    rate_version text          not null default '',
    provisional  boolean       not null default false,
    problem      text          not null default '',
    computed_at  timestamptz   not null,
    reason       text          not null check (length(reason) between 1 and 200)
);
create index client_result_history_client on client_result_history (client_id, year, scheme, id);
