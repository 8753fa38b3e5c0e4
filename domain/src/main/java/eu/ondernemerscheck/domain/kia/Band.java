package eu.ondernemerscheck.domain.kia;

/** Where a year's qualifying total falls in the KIA table; the code is the API's {@code band} output. */
enum Band {
    BELOW_THRESHOLD("below_threshold"),
    PERCENTAGE("percentage"),
    FIXED("fixed"),
    PHASE_OUT("phase_out"),
    ABOVE_CEILING("above_ceiling");

    private final String code;

    Band(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
