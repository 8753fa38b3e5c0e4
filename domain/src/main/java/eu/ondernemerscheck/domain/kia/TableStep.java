package eu.ondernemerscheck.domain.kia;

import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.rules.Source;

import java.time.LocalDate;

/**
 * How the values read from one year's table are shown in a single explanation step: each value with what it means,
 * then the period, status and source once where the values share them, and beside a value where it differs. A table
 * of up to seven values reads better as one line than as seven, and stating the period and source once keeps the text
 * cheap to build on the hot path.
 */
final class TableStep {

    private TableStep() {
    }

    /** What follows a value: empty when it shares the period and status of {@code first}. */
    static String own(RateValue v, RateValue first, boolean allProvisional) {
        if (!v.effectiveFrom().equals(first.effectiveFrom()) || !v.effectiveUntil().equals(first.effectiveUntil())) {
            return " (geldig " + v.effectiveFrom() + " t/m " + v.effectiveUntil()
                    + (v.provisional() ? ", voorlopig)" : ")");
        }
        return v.provisional() && !allProvisional ? " (voorlopig)" : "";
    }

    /** The period and status shared by the values, shown once at the end of the step. */
    static String period(RateValue first, boolean allProvisional) {
        return " (geldig " + date(first.effectiveFrom()) + " t/m " + date(first.effectiveUntil())
                + (allProvisional ? ", voorlopig)" : ")");
    }

    /** The date as {@link LocalDate#toString()} writes it, built directly (this runs for every KIA calculation). */
    private static String date(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return date.toString();
        }
        char[] out = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
                (char) ('0' + year % 10), '-', (char) ('0' + date.getMonthValue() / 10),
                (char) ('0' + date.getMonthValue() % 10), '-', (char) ('0' + date.getDayOfMonth() / 10),
                (char) ('0' + date.getDayOfMonth() % 10)};
        return new String(out);
    }

    static boolean allProvisional(RateValue... values) {
        for (RateValue v : values) {
            if (!v.provisional()) {
                return false;
            }
        }
        return true;
    }

    /** The sources of the values, each once, in the order read. */
    static String references(RateValue... values) {
        Source first = values[0].source();
        String out = first.citation();
        for (int i = 1; i < values.length; i++) {
            Source s = values[i].source();
            boolean seen = false;
            for (int j = 0; j < i && !seen; j++) {
                seen = values[j].source().equals(s);
            }
            if (!seen) {
                out = out + "; " + s.citation();
            }
        }
        return out;
    }
}
