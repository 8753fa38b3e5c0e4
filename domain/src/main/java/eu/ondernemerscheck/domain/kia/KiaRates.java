package eu.ondernemerscheck.domain.kia;

import eu.ondernemerscheck.domain.rules.RateKey;

/** The rate parameters of the KIA and the desinvesteringsbijtelling (rates/kia.tsv). */
final class KiaRates {

    /** No KIA for a total up to and including this amount. */
    static final RateKey LOWER = RateKey.of("nl.kia.lower");
    /** The percentage band runs up to and including this amount. */
    static final RateKey BAND1_TOP = RateKey.of("nl.kia.band1_top");
    static final RateKey FIXED = RateKey.of("nl.kia.fixed");
    /** The fixed band runs up to and including this amount; above it the phase-out starts. */
    static final RateKey BAND2_TOP = RateKey.of("nl.kia.band2_top");
    /** No KIA for a total above this amount. */
    static final RateKey TOP = RateKey.of("nl.kia.top");
    static final RateKey RATE = RateKey.of("nl.kia.rate");
    static final RateKey PHASE_OUT_RATE = RateKey.of("nl.kia.phase_out_rate");
    static final RateKey ASSET_MINIMUM = RateKey.of("nl.kia.asset_minimum");
    /** A disposal counts when it falls before 1 January of the investment year plus this many years. */
    static final RateKey DISINVESTMENT_WINDOW_YEARS = RateKey.of("nl.kia.disinvestment_window_years");
    /** A bijtelling only when the year's disposals together are above this amount. */
    static final RateKey DISINVESTMENT_THRESHOLD = RateKey.of("nl.kia.disinvestment_threshold");

    static final String GEEN_RECHT = "Belastingdienst, \"Geen recht op investeringsaftrek\"";
    static final String DESINVESTERING = "Belastingdienst, \"Desinvesteringsbijtelling\"";
    static final String HOGE_RAAD = "Hoge Raad 2020, KIA bij samenwerkingsverband verdelen over vennoten "
            + "(fiscaalvanmorgen.nl, 6 mei 2020)";

    private KiaRates() {
    }
}
