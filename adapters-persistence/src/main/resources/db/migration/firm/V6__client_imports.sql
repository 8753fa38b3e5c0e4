-- Client lists imported from CSV (issue 10): each confirmed import is recorded with who confirmed it, when, the
-- SHA-256 of the file and how many lines were added or left out, and every client it added points back to it.
create table client_import (
    id            bigint generated always as identity primary key,
    imported_at   timestamptz not null,
    imported_by   text        not null check (length(imported_by) between 1 and 320),
    file_sha256   text        not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
    mode          text        not null check (mode in ('VALID_LINES', 'ALL_OR_NOTHING')),
    clients_added integer     not null check (clients_added >= 0),
    lines_skipped integer     not null check (lines_skipped >= 0)
);

alter table client add column imported_in bigint references client_import (id);

-- Duplicates are looked for by name within a country, ignoring case.
create index client_name_per_country on client (country, lower(name));
