-- A client's own check per year and the versions it is proposed in (product.md journeys 2 and 3). Every save of a
-- step goes into the one DRAFT of a client and year; a submitted or decided version is never edited again: the
-- client's next edit starts the next number, so every version the accountant saw is kept.
create table proposal (
    id              bigint generated always as identity primary key,
    client_id       bigint      not null references client (id) on delete cascade,
    year            integer     not null check (year between 2000 and 2100),
    number          integer     not null check (number >= 1),
    status          text        not null check (status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED',
                                                           'REJECTED', 'SUPERSEDED')),
    -- per scheme the inputs the client gave, as the engine reads them ({"nl-kor": {"taxable_turnover_eur": 15000}})
    answers         text        not null check (length(answers) <= 200000),
    -- scheme ids the client said do not apply, and the scheme.input keys the accountant took over, as JSON arrays
    not_applicable  text        not null default '[]' check (length(not_applicable) <= 10000),
    accepted_fields text        not null default '[]' check (length(accepted_fields) <= 20000),
    comment         text        not null default '' check (length(comment) <= 2000),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    updated_by      text        not null check (length(updated_by) between 1 and 254),
    submitted_at    timestamptz,
    decided_at      timestamptz,
    decided_by      text        not null default '' check (length(decided_by) <= 254),
    row_version     bigint      not null check (row_version >= 1),
    unique (client_id, year, number),
    check ((status = 'DRAFT') = (submitted_at is null))
);
create unique index proposal_one_draft on proposal (client_id, year) where status = 'DRAFT';
create index proposal_open on proposal (submitted_at) where status = 'SUBMITTED';
