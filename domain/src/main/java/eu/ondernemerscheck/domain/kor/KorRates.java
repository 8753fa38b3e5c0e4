package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.rules.RateKey;

/** The rate parameters of the KOR schemes (rates/kor.tsv). */
final class KorRates {

    /** Counted turnover of a calendar year, excl. VAT, may be at most this amount. */
    static final RateKey THRESHOLD = RateKey.of("nl.kor.threshold");
    /** 1 when the previous calendar year's turnover must also stay within the threshold, else 0. */
    static final RateKey PREVIOUS_YEAR_TEST = RateKey.of("nl.kor.previous_year_test");
    /** Which waiting-time rule applies to a KOR that ended on a date: see {@link #REENTRY_YEARS_AFTER_END}. */
    static final RateKey REENTRY_RULE = RateKey.of("nl.kor.reentry_rule");
    static final RateKey REENTRY_WAIT_YEARS = RateKey.of("nl.kor.reentry_wait_years");
    static final RateKey REENTRY_WAIT_CALENDAR_YEARS = RateKey.of("nl.kor.reentry_wait_calendar_years");
    static final RateKey REVISION_DE_MINIMIS = RateKey.of("nl.kor.revision_de_minimis");
    static final RateKey REGISTRATION_LEAD_DAYS = RateKey.of("nl.kor.registration_lead_days");
    static final RateKey EU_THRESHOLD = RateKey.of("nl.eu_kor.eu_threshold");
    static final RateKey BE_THRESHOLD = RateKey.of("nl.eu_kor.national_threshold", "be");
    static final RateKey STANDARD_VAT_RATE = RateKey.of("nl.vat.standard_rate");

    /** {@link #REENTRY_RULE} value: a number of years after the end date (rules up to 2024). */
    static final int REENTRY_YEARS_AFTER_END = 1;
    /** {@link #REENTRY_RULE} value: until the end of a calendar year after the year of the end (rules from 2025). */
    static final int REENTRY_CALENDAR_YEARS_AFTER_END_YEAR = 2;

    static final String KOR_PAGE = "Belastingdienst, \"Kleineondernemersregeling\"";
    static final String KVK = "KVK, \"Kleineondernemersregeling (KOR) gebruiken\"";
    static final String HERZIENING = "Belastingdienst, \"Moet ik mijn btw-aftrek herzien vanwege de "
            + "kleineondernemersregeling (KOR)?\"";
    static final String EU_KOR = "FOD Financiën, \"Btw-vrijstellingsregeling kleine ondernemingen\"; onderneming.nl, "
            + "\"EU-KOR\"";

    private KorRates() {
    }

    static RateKey revisionYears(AssetKind kind) {
        return RateKey.of("nl.kor.revision_years", kind.code());
    }
}
