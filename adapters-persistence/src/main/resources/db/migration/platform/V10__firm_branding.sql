-- A firm's branding (issue 10): the display name, colour and logo shown on its public quick check and in its client
-- reports. It lives in the platform register, beside the firm, because the anonymous quick check shows it and must
-- read nothing of the firm's own schema. The logo was checked by its content before it got here; the limits repeat
-- the application's so that no other path can store more.
create table platform.firm_branding (
    firm_id      bigint primary key references platform.firm (id),
    display_name text        not null check (length(display_name) between 2 and 120),
    colour       text        not null check (colour ~ '^#[0-9a-f]{6}$'),
    logo         bytea check (octet_length(logo) between 1 and 524288),
    logo_type    text check (logo_type in ('PNG', 'JPEG', 'SVG')),
    logo_width   integer check (logo_width between 1 and 4000),
    logo_height  integer check (logo_height between 1 and 4000),
    updated_at   timestamptz not null,
    updated_by   text        not null check (length(updated_by) between 1 and 320),
    version      bigint      not null check (version >= 1),
    check ((logo is null) = (logo_type is null)),
    check ((logo is null) = (logo_width is null) and (logo is null) = (logo_height is null))
);
