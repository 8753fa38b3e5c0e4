-- Password-reset links (security.md §3.3 applied to a forgotten password; ASVS 6.4.1, 6.5.2, 11.5.1). Only the
-- SHA-256 of the 256-bit token is stored; a link is valid one hour and used once: using it is one conditional update
-- on consumed_at, so two simultaneous uses cannot both succeed. A new password withdraws the account's other links.
create table platform.password_reset (
    id          bigint generated always as identity primary key,
    token_hash  text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    account_id  bigint      not null references platform.app_user (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    consumed_at timestamptz,
    check (expires_at > created_at and expires_at <= created_at + interval '1 day')
);
create index password_reset_account on platform.password_reset (account_id, created_at);

-- Sessions signed in before this moment are ended at their next request: set when the password is reset through a
-- link (ASVS 7.4.3), so whoever knew the old password loses the session it opened. Kept on the account row rather than
-- in a session registry, so it holds on every application node alike.
alter table platform.app_user add column sessions_valid_from timestamptz;
