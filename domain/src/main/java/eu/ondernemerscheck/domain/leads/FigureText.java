package eu.ondernemerscheck.domain.leads;

import eu.ondernemerscheck.domain.rules.OutputField;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/**
 * An output value written the way the quick check shows it and the lead keeps it: euros as {@code € 1.234,56},
 * fractions as percentages, yes/no in Dutch, dates as {@code 31-12-2026}.
 */
public final class FigureText {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private FigureText() {
    }

    public static String format(OutputField field, Object value) {
        if (value == null) {
            return "–";
        }
        return switch (field.kind()) {
            case MONEY -> value instanceof BigDecimal d ? MoneyFormat.display(d) : value.toString();
            case FRACTION -> value instanceof BigDecimal d ? MoneyFormat.percent(d) : value.toString();
            case NUMBER, INTEGER -> value instanceof BigDecimal d ? MoneyFormat.number(d) : value.toString();
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "Ja" : "Nee";
            case DATE -> value instanceof LocalDate d ? DUTCH_DATE.format(d) : value.toString();
            case TEXT -> value.toString();
            case LIST -> value instanceof Collection<?> c ? c.size() + " regel(s)" : value.toString();
        };
    }
}
