package eu.ondernemerscheck.domain.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The kind of every rate parameter the engine reads (the same list as the platform migration's
 * {@code rate_parameter} table; a test compares the two). A parameter belongs to a family, the part of its name
 * before the last dot ({@code nl.kia} for {@code nl.kia.lower}); the rate screens show a scheme with every parameter
 * of the families its year parameters come from.
 */
public final class RateParameters {

    private static final Map<String, RateKind> KINDS = new TreeMap<>();

    static {
        fractions("be.car_deduction.formula_step", "be.car_deduction.fossil_cap",
                "be.car_deduction.fuel_coefficient", "be.car_deduction.high_co2_pct", "be.car_deduction.maximum_pct",
                "be.car_deduction.minimum_pct", "be.car_deduction.phev_fuel_pct",
                "be.car_deduction.pre2018_minimum_pct", "be.car_deduction.unknown_co2_pct",
                "be.car_deduction.zero_emission_pct", "be.vaa.age_coefficient", "be.vaa.base_pct", "be.vaa.pct_cap",
                "be.vaa.pct_floor", "be.vaa.pct_per_gram", "be.vaa.zero_emission_pct", "be.vat.standard_rate",
                "be.vat_exemption.tolerance", "nl.kia.phase_out_rate", "nl.kia.rate", "nl.vat.standard_rate");
        put(RateKind.AMOUNT, "be.commute.rate_per_km", "be.mileage_business.rate_per_km", "be.vaa.minimum",
                "be.vat_exemption.threshold", "nl.eu_kor.eu_threshold", "nl.eu_kor.national_threshold",
                "nl.kia.asset_minimum", "nl.kia.band1_top", "nl.kia.band2_top", "nl.kia.disinvestment_threshold",
                "nl.kia.fixed", "nl.kia.lower", "nl.kia.top", "nl.kor.revision_de_minimis", "nl.kor.threshold");
        put(RateKind.QUANTITY, "be.car_deduction.cng_low_hp_max", "be.car_deduction.formula_base",
                "be.car_deduction.high_co2_limit", "be.commute.one_way_cap_km_other",
                "be.mileage_business.forfait_km_per_year", "be.vaa.fake_hybrid_factor", "be.vaa.fake_hybrid_limit",
                "be.vaa.reference_co2", "be.vaa.taxable_fraction", "be.vat.revision_years",
                "be.vat_exemption.switch_interval_months", "be.vat_exemption.switch_notice_day",
                "nl.kia.disinvestment_window_years", "nl.kor.reentry_rule", "nl.kor.reentry_wait_calendar_years",
                "nl.kor.reentry_wait_years", "nl.kor.registration_lead_days", "nl.kor.revision_years");
        put(RateKind.FLAG, "be.car_deduction.fossil_floor_applies", "be.car_deduction.phev_sole_trader_new_law",
                "nl.kor.previous_year_test");
    }

    /** The KIA band edges in the order in which they must strictly increase (tax-rules.md §1.1). */
    public static final List<String> KIA_BAND_EDGES = List.of("nl.kia.lower", "nl.kia.band1_top",
            "nl.kia.band2_top", "nl.kia.top");

    private RateParameters() {
    }

    private static void fractions(String... parameters) {
        put(RateKind.FRACTION, parameters);
    }

    private static void put(RateKind kind, String... parameters) {
        for (String p : parameters) {
            if (KINDS.put(p, kind) != null) {
                throw new IllegalStateException(p + " has two kinds");
            }
        }
    }

    public static Optional<RateKind> kind(String parameter) {
        return Optional.ofNullable(KINDS.get(parameter));
    }

    /** Every known parameter with its kind, by name. */
    public static Map<String, RateKind> all() {
        return Map.copyOf(KINDS);
    }

    /** {@code nl.kia} for {@code nl.kia.lower}. */
    public static String family(String parameter) {
        int dot = parameter.lastIndexOf('.');
        return dot < 0 ? parameter : parameter.substring(0, dot);
    }
}
