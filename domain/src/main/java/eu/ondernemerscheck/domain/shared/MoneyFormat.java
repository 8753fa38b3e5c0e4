package eu.ondernemerscheck.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats numbers the way Dutch and Flemish entrepreneurs write them: thousands with a dot, decimals with a comma. */
public final class MoneyFormat {

    /** Numbers with at most this many digits (and decimals) fit a long; longer ones take the general path. */
    private static final int LONG_DIGITS = 18;

    private MoneyFormat() {
    }

    /** {@code € 1.234,56}; negative as {@code -€ 1.234,56}. */
    public static String display(BigDecimal amount) {
        if (amount.scale() == 0 && amount.precision() <= LONG_DIGITS - 2) {
            return digits(amount.longValue() * 100, 2, true, "€ ", "");
        }
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        if (cents.precision() <= LONG_DIGITS) {
            return digits(cents.movePointRight(2).longValue(), 2, true, "€ ", "");
        }
        String sign = cents.signum() < 0 ? "-" : "";
        return sign + "€ " + grouped(cents.abs());
    }

    /** A decimal with Dutch separators, keeping its own scale: {@code 1.234,5}. */
    public static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        if (plain.precision() <= LONG_DIGITS && plain.scale() <= LONG_DIGITS) {
            return digits(plain.movePointRight(plain.scale()).longValue(), plain.scale(), true, "", "");
        }
        String sign = value.signum() < 0 ? "-" : "";
        return sign + grouped(plain.abs());
    }

    /** A fraction as a percentage with a comma: 0.0756 becomes {@code 7,56%}. */
    public static String percent(BigDecimal fraction) {
        BigDecimal pct = fraction.movePointRight(2).stripTrailingZeros();
        if (pct.scale() < 0) {
            pct = pct.setScale(0);
        }
        if (pct.precision() <= LONG_DIGITS && pct.scale() <= LONG_DIGITS) {
            return digits(pct.movePointRight(pct.scale()).longValue(), pct.scale(), false, "", "%");
        }
        return pct.toPlainString().replace('.', ',') + "%";
    }

    /**
     * The notation of a number given as its digits and scale, written straight into a char array: explanations format
     * many amounts per calculation, and this is several times cheaper than going through BigDecimal's own text.
     */
    private static String digits(long unscaled, int scale, boolean group, String prefix, String suffix) {
        char[] out = new char[prefix.length() + suffix.length() + scale + 28];
        int at = out.length - suffix.length();
        suffix.getChars(0, suffix.length(), out, at);
        long rest = Math.abs(unscaled);
        for (int i = 0; i < scale; i++) {
            out[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        if (scale > 0) {
            out[--at] = ',';
        }
        int whole = 0;
        do {
            if (group && whole > 0 && whole % 3 == 0) {
                out[--at] = '.';
            }
            out[--at] = (char) ('0' + rest % 10);
            rest /= 10;
            whole++;
        } while (rest > 0);
        at -= prefix.length();
        prefix.getChars(0, prefix.length(), out, at);
        if (unscaled < 0) {
            out[--at] = '-';
        }
        return new String(out, at, out.length - at);
    }

    private static String grouped(BigDecimal nonNegative) {
        String plain = nonNegative.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String decimals = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        int len = whole.length();
        for (int i = 0; i < len; i++) {
            if (i > 0 && (len - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        return out.append(decimals).toString();
    }
}
