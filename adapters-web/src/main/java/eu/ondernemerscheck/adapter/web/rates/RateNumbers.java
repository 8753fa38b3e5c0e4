package eu.ondernemerscheck.adapter.web.rates;

import eu.ondernemerscheck.domain.rules.RateKind;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rate values as administrators type and read them: {@code 0,28}, {@code 28%}, {@code 1.234,56}, {@code -5} (a
 * dot groups thousands, a comma starts the decimals). The sign is read so that the rules can say a value may not be
 * negative, instead of the form saying it cannot read it. Never through double.
 */
final class RateNumbers {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(,\\d+)?");

    private RateNumbers() {
    }

    /** @return the number, or empty when the text is not one */
    static Optional<BigDecimal> parse(String text) {
        String s = text == null ? "" : text.replace("€", "").replace('\u00a0', ' ').replace(" ", "").strip();
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1);
        }
        if (!GROUPED.matcher(s).matches() && !PLAIN.matcher(s).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(s.replace(".", "").replace(',', '.'));
        if (percent) {
            value = value.movePointLeft(2);
        }
        return Optional.of(negative ? value.negate() : value);
    }

    /** For the form: the plain number with Dutch separators. */
    static String edit(BigDecimal value) {
        return MoneyFormat.number(value);
    }

    /** For tables: euros with the sign, fractions with their percentage beside them. */
    static String show(BigDecimal value, RateKind kind) {
        return switch (kind) {
            case AMOUNT -> "€ " + MoneyFormat.number(value);
            case FRACTION -> MoneyFormat.number(value) + " (" + MoneyFormat.percent(value) + ")";
            case QUANTITY, FLAG -> MoneyFormat.number(value);
        };
    }
}
