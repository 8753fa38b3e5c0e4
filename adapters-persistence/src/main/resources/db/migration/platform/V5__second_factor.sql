-- The second factor (ASVS 6.3.3): the authenticator secret of each enrolled account and the last time step a code was
-- accepted for, so a code counts once (RFC 6238 §5.2, ASVS 6.5.1). The secret is needed in clear to compute codes.
create table platform.second_factor (
    account_id     bigint primary key references platform.app_user (id) on delete cascade,
    totp_secret    text        not null check (totp_secret ~ '^[A-Z2-7]{32}$'),
    last_used_step bigint      not null,
    enrolled_at    timestamptz not null
);

-- Recovery codes for a lost authenticator: only their Argon2id hashes, each used once.
create table platform.recovery_code (
    id         bigint generated always as identity primary key,
    account_id bigint      not null references platform.app_user (id) on delete cascade,
    code_hash  text        not null,
    used_at    timestamptz
);
create index recovery_code_unused on platform.recovery_code (account_id) where used_at is null;
