package eu.ondernemerscheck.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats numbers the way Dutch and Flemish entrepreneurs write them: thousands with a dot, decimals with a comma. */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    /** {@code € 1.234,56}; negative as {@code -€ 1.234,56}. */
    public static String display(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        String sign = cents.signum() < 0 ? "-" : "";
        return sign + "€ " + grouped(cents.abs());
    }

    /** A decimal with Dutch separators, keeping its own scale: {@code 1.234,5}. */
    public static String number(BigDecimal value) {
        String sign = value.signum() < 0 ? "-" : "";
        return sign + grouped(value.abs().stripTrailingZeros().scale() < 0
                ? value.abs().setScale(0) : value.abs().stripTrailingZeros());
    }

    /** A fraction as a percentage with a comma: 0.0756 becomes {@code 7,56%}. */
    public static String percent(BigDecimal fraction) {
        BigDecimal pct = fraction.movePointRight(2).stripTrailingZeros();
        if (pct.scale() < 0) {
            pct = pct.setScale(0);
        }
        return pct.toPlainString().replace('.', ',') + "%";
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
