-- Failed sign-ins, for throttling per account (the typed e-mail address, known or not) and per network address
-- (security.md §3.2). Rows of an account are removed at its next successful sign-in; old rows are pruned.
create table platform.sign_in_failure (
    id          bigint generated always as identity primary key,
    account_key text        not null check (length(account_key) <= 320),
    address     text        not null check (length(address) <= 64),
    failed_at   timestamptz not null
);
create index sign_in_failure_account on platform.sign_in_failure (account_key, failed_at);
create index sign_in_failure_address on platform.sign_in_failure (address, failed_at);

-- The audit trail: who did what, when, in which firm, with the state before and after. Append-only: the database
-- refuses UPDATE, DELETE and TRUNCATE whoever asks (the triggers fire for the owner too), and roles other than the
-- owner get no more than INSERT and SELECT.
create table platform.audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor_id    bigint,
    actor       text        not null default '' check (length(actor) <= 320),
    firm_id     bigint,
    action      text        not null check (action ~ '^[a-z][a-z0-9_.-]*$'),
    subject     text        not null default '' check (length(subject) <= 500),
    before      jsonb,
    after       jsonb
);
create index audit_event_time on platform.audit_event (occurred_at);
create index audit_event_firm on platform.audit_event (firm_id, occurred_at);

create function platform.audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % is not allowed', tg_op using errcode = '42501';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on platform.audit_event
    for each row execute function platform.audit_event_is_append_only();
create trigger audit_event_no_truncate
    before truncate on platform.audit_event
    for each statement execute function platform.audit_event_is_append_only();

revoke all on platform.audit_event from public;
