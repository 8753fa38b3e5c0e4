-- The one-time secret with which the first administrator is created (no default accounts, ASVS 6.3.2). Only its
-- SHA-256 hash is kept (a 256-bit random secret, so a plain hash suffices: ASVS 6.5.2); at most one row; removed as
-- soon as the first administrator exists.
create table platform.setup_secret (
    id          int         primary key check (id = 1),
    secret_hash text        not null check (secret_hash ~ '^[0-9a-f]{64}$'),
    issued_at   timestamptz not null
);
