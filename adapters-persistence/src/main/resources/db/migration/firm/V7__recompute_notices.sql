-- Notices to the firm's accountants after its stored results were recomputed on new rates (issue 9 point 4): which
-- rate changes, how many clients and results changed, the largest change. Read marks are kept per accountant (the
-- platform account id), so one accountant marking a notice read does not hide it from a colleague.
create table recompute_notice (
    id              bigint generated always as identity primary key,
    created_at      timestamptz   not null,
    rate_changes    text          not null check (length(rate_changes) <= 4000),
    clients_changed integer       not null check (clients_changed >= 0),
    results_changed integer       not null check (results_changed >= 0),
    largest_change  numeric(16, 2) check (largest_change >= 0),
    largest_text    text          not null default '' check (length(largest_text) <= 1000)
);
create index recompute_notice_newest on recompute_notice (created_at desc, id desc);

create table recompute_notice_read (
    notice_id  bigint      not null references recompute_notice (id) on delete cascade,
    account_id bigint      not null,
    read_at    timestamptz not null,
    primary key (notice_id, account_id)
);
