package eu.ondernemerscheck.adapter.web.schemeform;

import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers the way Dutch and Flemish entrepreneurs type them: {@code 1.234,56}, {@code 1234,56}, {@code 1234},
 * {@code € 1.234}; a dot groups thousands, a comma starts the decimals. Never through double.
 */
public final class DutchNumber {

    /** Digits with optional dot-grouped thousands, then an optional decimal comma. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(,\\d+)?");

    private DutchNumber() {
    }

    /** @return empty for a blank text; the number otherwise; or an {@link IllegalArgumentException} */
    public static Optional<BigDecimal> parse(String text, int maxDecimals) {
        String s = text == null ? "" : text.replace("€", "").replace('\u00a0', ' ').replace(" ", "").strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (!GROUPED.matcher(s).matches() && !PLAIN.matcher(s).matches()) {
            throw new IllegalArgumentException("not a Dutch number: " + text);
        }
        BigDecimal value = new BigDecimal(s.replace(".", "").replace(',', '.'));
        if (value.scale() > maxDecimals) {
            throw new IllegalArgumentException("too many decimals: " + text);
        }
        return Optional.of(value);
    }

    /** {@code 1.234,56} for money (always two decimals), {@code 1.234,5} for other numbers. */
    public static String format(BigDecimal value, boolean money) {
        if (money) {
            String shown = MoneyFormat.display(value);
            return shown.startsWith("€ ") ? shown.substring(2) : shown.replace("€ ", "");
        }
        return MoneyFormat.number(value);
    }
}
