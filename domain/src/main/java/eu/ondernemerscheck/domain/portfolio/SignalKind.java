package eu.ondernemerscheck.domain.portfolio;

/** The kinds of signal the portfolio ranks by euro value (product.md journey 4, issue 8). */
public enum SignalKind {
    /** NL turnover within 10% of the KOR threshold (tax-rules.md §2). */
    KOR_THRESHOLD("Omzet bij de KOR-grens"),
    /** BE turnover within 10% of the small-enterprise exemption threshold (§3). */
    BE_EXEMPTION_THRESHOLD("Omzet bij de vrijstellingsgrens"),
    /** KIA total just under the lower bound: a little more investment gives the full 28% (§1.1). */
    KIA_BELOW_LOWER("Net onder de KIA-ondergrens"),
    /** KIA total just above the end of the 28% band or the start of the phase-out (§1.1). */
    KIA_BAND_EDGE("Net boven een KIA-schijfgrens"),
    /** A sale within 5 years after 1 January of the investment year (§1.4). */
    DISINVESTMENT_WINDOW("Verkoop binnen de 5-jaarstermijn"),
    /** The KOR notice must be received 4 weeks before the period (§2.1). */
    KOR_REGISTRATION_DEADLINE("Termijn KOR-melding"),
    /** The e604B must be filed before the 15th of the month before the switch (§3). */
    BE_SWITCH_DEADLINE("Termijn e604B"),
    /** A car ordered close to a date on which its deductibility changes (§5.2). */
    CAR_ORDER_CAP_DATE("Bestelling bij een aftrekdatum"),
    /** A result computed with provisional rates. */
    PROVISIONAL_RATES("Voorlopige tarieven");

    private final String label;

    SignalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
