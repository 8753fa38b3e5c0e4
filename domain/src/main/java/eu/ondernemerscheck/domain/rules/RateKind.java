package eu.ondernemerscheck.domain.rules;

import java.util.Locale;

/**
 * What kind of number a rate parameter holds, which decides the values it may take: a fraction lies within 0 and 1
 * (28% is 0.28), an amount in euros and a quantity (days, kilometres, grams, a factor) are never negative, a flag is 0
 * (no) or 1 (yes).
 */
public enum RateKind {
    FRACTION, AMOUNT, QUANTITY, FLAG;

    /** The lower-case word stored beside each value in the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RateKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
