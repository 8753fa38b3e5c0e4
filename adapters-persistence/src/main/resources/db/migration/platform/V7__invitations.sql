-- Invitations of accountants (by an administrator) and clients (by an accountant), security.md §3.3. Only the SHA-256
-- of the 256-bit token is stored (ASVS 6.5.2); it is valid 72 hours and used once: accepting is one conditional
-- update on consumed_at, so two simultaneous accepts cannot both succeed.
create table platform.invitation (
    id          bigint generated always as identity primary key,
    token_hash  text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    firm_id     bigint      not null references platform.firm (id),
    email       text        not null check (email = lower(email) and length(email) <= 254),
    role        text        not null check (role in ('ACCOUNTANT', 'CLIENT')),
    -- the client's record in the firm's own schema; referred to by id only, like every platform-to-firm reference
    client_id   bigint,
    invited_by  bigint references platform.app_user (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    consumed_at timestamptz,
    check ((role = 'CLIENT') = (client_id is not null)),
    check (expires_at > created_at)
);
create index invitation_firm on platform.invitation (firm_id, created_at);

-- A client's account refers to its client record in the firm's schema (set when the account comes from an invitation).
alter table platform.app_user add column client_id bigint;
alter table platform.app_user add constraint app_user_client_id_only_for_clients
    check (client_id is null or role = 'CLIENT');
