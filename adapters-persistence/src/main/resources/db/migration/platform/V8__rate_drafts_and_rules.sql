-- Rates maintained by the administrator (issue 9, tax-rules.md §7): every change is first a draft rate version, then
-- published; nothing is overwritten. The database refuses what the rate form refuses, so a value that slipped past the
-- application (or was typed into psql) still cannot reach the engine.

-- Equality on text inside a GiST exclusion constraint (no two values of one parameter in force on the same day).
create extension if not exists btree_gist with schema platform;

-- A version is a draft until it is published; a draft may be discarded instead (it stays, for the history).
alter table platform.rate_version alter column published_at drop not null;
alter table platform.rate_version alter column published_at drop default;
alter table platform.rate_version alter column published_by drop not null;
alter table platform.rate_version add column created_at timestamptz;
alter table platform.rate_version add column created_by text;
update platform.rate_version set created_at = published_at, created_by = published_by;
alter table platform.rate_version alter column created_at set not null;
alter table platform.rate_version alter column created_at set default now();
alter table platform.rate_version alter column created_by set not null;
alter table platform.rate_version add column discarded_at timestamptz;
alter table platform.rate_version add column discarded_by text;
-- The order in which versions went live; the newest publication is the version the engine computes with.
create sequence platform.rate_publication_seq;
alter table platform.rate_version add column publication bigint unique;
update platform.rate_version set publication = nextval('platform.rate_publication_seq')
    where id in (select id from platform.rate_version order by id);
alter table platform.rate_version add constraint rate_version_published_completely
    check ((published_at is null) = (published_by is null) and (published_at is null) = (publication is null));
alter table platform.rate_version add constraint rate_version_discarded_completely
    check ((discarded_at is null) = (discarded_by is null));
alter table platform.rate_version add constraint rate_version_published_or_discarded
    check (published_at is null or discarded_at is null);
-- Every version says why it was made.
alter table platform.rate_version add constraint rate_version_has_reason check (length(btrim(note)) > 0);

-- What kind of number each parameter is; the value constraints below depend on it. A new parameter is added here by
-- a migration together with its scheme (the domain's RateParameters lists the same kinds; a test compares them).
create table platform.rate_parameter (
    parameter text primary key check (parameter ~ '^[a-z][a-z0-9_.]*$'),
    kind      text not null check (kind in ('fraction', 'amount', 'quantity', 'flag')),
    unique (parameter, kind)
);
insert into platform.rate_parameter (parameter, kind) values
    ('be.car_deduction.cng_low_hp_max', 'quantity'),
    ('be.car_deduction.formula_base', 'quantity'),
    ('be.car_deduction.formula_step', 'fraction'),
    ('be.car_deduction.fossil_cap', 'fraction'),
    ('be.car_deduction.fossil_floor_applies', 'flag'),
    ('be.car_deduction.fuel_coefficient', 'fraction'),
    ('be.car_deduction.high_co2_limit', 'quantity'),
    ('be.car_deduction.high_co2_pct', 'fraction'),
    ('be.car_deduction.maximum_pct', 'fraction'),
    ('be.car_deduction.minimum_pct', 'fraction'),
    ('be.car_deduction.phev_fuel_pct', 'fraction'),
    ('be.car_deduction.phev_sole_trader_new_law', 'flag'),
    ('be.car_deduction.pre2018_minimum_pct', 'fraction'),
    ('be.car_deduction.unknown_co2_pct', 'fraction'),
    ('be.car_deduction.zero_emission_pct', 'fraction'),
    ('be.commute.one_way_cap_km_other', 'quantity'),
    ('be.commute.rate_per_km', 'amount'),
    ('be.mileage_business.forfait_km_per_year', 'quantity'),
    ('be.mileage_business.rate_per_km', 'amount'),
    ('be.vaa.age_coefficient', 'fraction'),
    ('be.vaa.base_pct', 'fraction'),
    ('be.vaa.fake_hybrid_factor', 'quantity'),
    ('be.vaa.fake_hybrid_limit', 'quantity'),
    ('be.vaa.minimum', 'amount'),
    ('be.vaa.pct_cap', 'fraction'),
    ('be.vaa.pct_floor', 'fraction'),
    ('be.vaa.pct_per_gram', 'fraction'),
    ('be.vaa.reference_co2', 'quantity'),
    ('be.vaa.taxable_fraction', 'quantity'),
    ('be.vaa.zero_emission_pct', 'fraction'),
    ('be.vat.revision_years', 'quantity'),
    ('be.vat.standard_rate', 'fraction'),
    ('be.vat_exemption.switch_interval_months', 'quantity'),
    ('be.vat_exemption.switch_notice_day', 'quantity'),
    ('be.vat_exemption.threshold', 'amount'),
    ('be.vat_exemption.tolerance', 'fraction'),
    ('nl.eu_kor.eu_threshold', 'amount'),
    ('nl.eu_kor.national_threshold', 'amount'),
    ('nl.kia.asset_minimum', 'amount'),
    ('nl.kia.band1_top', 'amount'),
    ('nl.kia.band2_top', 'amount'),
    ('nl.kia.disinvestment_threshold', 'amount'),
    ('nl.kia.disinvestment_window_years', 'quantity'),
    ('nl.kia.fixed', 'amount'),
    ('nl.kia.lower', 'amount'),
    ('nl.kia.phase_out_rate', 'fraction'),
    ('nl.kia.rate', 'fraction'),
    ('nl.kia.top', 'amount'),
    ('nl.kor.previous_year_test', 'flag'),
    ('nl.kor.reentry_rule', 'quantity'),
    ('nl.kor.reentry_wait_calendar_years', 'quantity'),
    ('nl.kor.reentry_wait_years', 'quantity'),
    ('nl.kor.registration_lead_days', 'quantity'),
    ('nl.kor.revision_de_minimis', 'amount'),
    ('nl.kor.revision_years', 'quantity'),
    ('nl.kor.threshold', 'amount'),
    ('nl.vat.standard_rate', 'fraction');

-- Each value carries its parameter's kind (kept equal by the foreign key) so the row checks below can read it.
alter table platform.rate_value add column kind text;
update platform.rate_value v set kind = p.kind from platform.rate_parameter p where p.parameter = v.parameter;
alter table platform.rate_value alter column kind set not null;
alter table platform.rate_value add constraint rate_value_parameter_known
    foreign key (parameter, kind) references platform.rate_parameter (parameter, kind);
alter table platform.rate_value add constraint rate_value_not_negative check (value >= 0);
alter table platform.rate_value add constraint rate_value_fraction_at_most_one check (kind <> 'fraction' or value <= 1);
alter table platform.rate_value add constraint rate_value_flag_is_zero_or_one check (kind <> 'flag' or value in (0, 1));
alter table platform.rate_value add constraint rate_value_confirmed_has_source
    check (status = 'provisional' or length(btrim(source_title)) > 0);

-- The value a correction replaces (retired when the correction is published), and whether the row is live: a draft's
-- rows are not, until their version is published.
alter table platform.rate_value add column replaces bigint references platform.rate_value (id);
alter table platform.rate_value add column published boolean not null default true;
alter table platform.rate_value alter column published set default false;
alter table platform.rate_value add constraint rate_value_retired_only_when_published
    check (published or retired_in is null);

-- No two live values of one parameter and category in force on the same day.
alter table platform.rate_value add constraint rate_value_no_overlap
    exclude using gist (parameter with =, category with =,
                        daterange(effective_from, effective_until, '[]') with &&)
    where (published and retired_in is null);

-- A new value takes effect between 1 January 2015 and five years from today (the oldest year the product computes,
-- and no further ahead than a published law can reach). A correction may keep the date of the value it replaces, so
-- the older shipped values (with 1900-01-01 meaning "since always") stay correctable.
create function platform.rate_value_effective_from_in_range() returns trigger language plpgsql as $$
begin
    if new.effective_from between date '2015-01-01' and (current_date + interval '5 years')::date then
        return new;
    end if;
    if new.replaces is not null and exists (select 1 from platform.rate_value r
                                            where r.id = new.replaces and r.effective_from = new.effective_from) then
        return new;
    end if;
    raise exception 'rate value % from %: effective-from date out of range', new.parameter, new.effective_from
        using errcode = '23514', constraint = 'rate_value_effective_from_in_range';
end;
$$;
create trigger rate_value_effective_from_in_range
    before insert on platform.rate_value
    for each row execute function platform.rate_value_effective_from_in_range();

-- KIA band edges strictly increase (tax-rules.md §1.1: lower < top of band 1 < top of band 2 < top) wherever two
-- live edges are in force on the same day.
create function platform.rate_value_kia_bands_increase() returns trigger language plpgsql as $$
begin
    if exists (
        select 1
        from (values ('nl.kia.lower', 'nl.kia.band1_top'), ('nl.kia.band1_top', 'nl.kia.band2_top'),
                     ('nl.kia.band2_top', 'nl.kia.top')) as edge (lower_edge, upper_edge)
        join platform.rate_value lo on lo.parameter = edge.lower_edge and lo.published and lo.retired_in is null
        join platform.rate_value hi on hi.parameter = edge.upper_edge and hi.published and hi.retired_in is null
                                    and hi.category = lo.category
        where daterange(lo.effective_from, lo.effective_until, '[]')
                  && daterange(hi.effective_from, hi.effective_until, '[]')
          and lo.value >= hi.value
          and daterange(new.effective_from, new.effective_until, '[]')
                  && daterange(lo.effective_from, lo.effective_until, '[]')
                  * daterange(hi.effective_from, hi.effective_until, '[]')) then
        raise exception 'KIA band edges must increase around % from %', new.parameter, new.effective_from
            using errcode = '23514', constraint = 'rate_value_kia_bands_increase';
    end if;
    return null;
end;
$$;
create trigger rate_value_kia_bands_increase
    after insert or update on platform.rate_value
    for each row when (new.parameter in ('nl.kia.lower', 'nl.kia.band1_top', 'nl.kia.band2_top', 'nl.kia.top'))
    execute function platform.rate_value_kia_bands_increase();

-- The optimistic check for two administrators editing one parameter: each change names the version of the series it
-- started from; the change that finds another version is refused and told who changed it and when.
create table platform.rate_series (
    parameter  text        not null,
    category   text        not null,
    version    bigint      not null,
    changed_by text        not null,
    changed_at timestamptz not null,
    primary key (parameter, category)
);
insert into platform.rate_series (parameter, category, version, changed_by, changed_at)
select v.parameter, v.category, max(v.introduced_in), 'release', now()
from platform.rate_value v group by v.parameter, v.category;

-- After a publication every firm's stored client results are recomputed, firm by firm, each in its own transaction
-- (issue 9 point 4). One row per firm: the publication its results must reflect and the one they were last recomputed
-- on. Publishing again only raises the target, so repeated publications coalesce into one pass; a firm whose
-- recompute broke off keeps its old target and is picked up again. A worker claims a firm with a row lock that other
-- workers skip, so each firm is recomputed by one node at a time. A firm whose recompute failed is set aside with the
-- reason until an administrator retries it or the next publication asks again.
create table platform.rate_recompute (
    firm_id      bigint      primary key references platform.firm (id),
    publication  bigint      not null,
    done         bigint      not null default 0,
    requested_at timestamptz not null,
    finished_at  timestamptz,
    results      integer     not null default 0 check (results >= 0),
    -- a firm whose recompute failed waits for an administrator's retry (or the next publication), not for ever
    failed_for   bigint,
    problem      text        not null default '' check (length(problem) <= 1000),
    check (done <= publication)
);
