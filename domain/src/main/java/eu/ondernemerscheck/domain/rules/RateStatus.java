package eu.ondernemerscheck.domain.rules;

import java.util.Locale;

/** Whether a rate value is settled ({@code confirmed}) or may still change ({@code provisional}). */
public enum RateStatus {
    CONFIRMED, PROVISIONAL;

    /** The lower-case word used in the API and the rate data. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RateStatus fromCode(String code) {
        for (RateStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown rate status '" + code + "' (confirmed or provisional)");
    }

    /** Provisional wins: a figure is only as settled as its least settled value. */
    public RateStatus and(RateStatus other) {
        return this == PROVISIONAL || other == PROVISIONAL ? PROVISIONAL : CONFIRMED;
    }
}
