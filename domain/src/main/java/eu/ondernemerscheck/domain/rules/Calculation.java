package eu.ondernemerscheck.domain.rules;

import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The working notes of one calculation: reads rates from a {@link RateBook} and remembers each value it used, collects
 * the explanation steps and warnings, and finally produces the {@link Outcome}. One instance per calculation; not
 * shared between threads.
 */
public final class Calculation {

    private final String scheme;
    private final int year;
    private final RateBook rates;
    private final List<RateValue> used = new ArrayList<>(8);
    /** Each a ready {@link ExplanationStep} or a {@link Supplier} that writes it when the explanation is read. */
    private final List<Object> steps = new ArrayList<>(12);
    private final List<String> warnings = new ArrayList<>(2);

    public Calculation(String scheme, int year, RateBook rates) {
        this.scheme = scheme;
        this.year = year;
        this.rates = rates;
    }

    public int year() {
        return year;
    }

    /** Reads a value in force on that day and records its use; refuses when none is. */
    public RateValue rate(RateKey key, LocalDate on) {
        RateValue v = rates.require(key, on);
        // One book holds each value once (two equal values would overlap, which the book refuses), so the same value
        // is the same instance: comparing identities is the list's equality check, without comparing every field.
        for (int i = 0, n = used.size(); i < n; i++) {
            if (used.get(i) == v) {
                return v;
            }
        }
        used.add(v);
        return v;
    }

    /** The number of a value in force on that day; see {@link #rate(RateKey, LocalDate)}. */
    public BigDecimal number(RateKey key, LocalDate on) {
        return rate(key, on).value();
    }

    /** Reads a rate and adds an explanation step that shows it with its period, status and source. */
    public BigDecimal explainedRate(String label, RateKey key, LocalDate on, Format format) {
        RateValue v = rate(key, on);
        steps.add(new RateStep(label, v, format));
        return v.value();
    }

    /** The step of {@link #explainedRate}, written when read. */
    private record RateStep(String label, RateValue v, Format format) implements Supplier<ExplanationStep> {
        @Override
        public ExplanationStep get() {
            return new ExplanationStep(label + " (geldig " + v.effectiveFrom() + " t/m " + v.effectiveUntil()
                    + (v.provisional() ? ", voorlopig" : "") + ")", format.apply(v.value()), v.source().citation());
        }
    }

    public Calculation step(String step, String value, String reference) {
        steps.add(new ExplanationStep(step, value, reference));
        return this;
    }

    public Calculation step(String step, String value) {
        return step(step, value, "");
    }

    /**
     * Adds a step whose text is written only when the explanation is read (most outcomes are never shown). The
     * supplier must only read values that no longer change (amounts, rates, texts), so that the text it writes later
     * is the text it would have written now, and must not fail.
     */
    public Calculation step(Supplier<ExplanationStep> later) {
        steps.add(later);
        return this;
    }

    public Calculation warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
        return this;
    }

    /**
     * Closes the calculation; the outputs map keeps its insertion order. The outcome takes over the map (the schemes
     * build a fresh one for each calculation and do not touch it afterwards); any other map is copied.
     */
    public Outcome finish(Map<String, Object> outputs) {
        if (steps.isEmpty()) {
            throw new IllegalStateException(scheme + " produced no explanation");
        }
        RateStatus status = RateStatus.CONFIRMED;
        for (RateValue v : used) {
            status = status.and(v.status());
        }
        List<RateValue> ratesUsed = List.copyOf(used);
        Object[] allWarnings;
        int at = 0;
        if (status == RateStatus.PROVISIONAL) {
            allWarnings = new Object[warnings.size() + 1];
            allWarnings[at++] = new ProvisionalWarning(ratesUsed);
        } else {
            allWarnings = new Object[warnings.size()];
        }
        for (String w : warnings) {
            allWarnings[at++] = w;
        }
        Map<String, Object> ownOutputs = outputs.getClass() == LinkedHashMap.class ? outputs
                : new LinkedHashMap<>(outputs);
        return new Outcome(scheme, year, ownOutputs, new WrittenOnRead<>(steps.toArray()), ratesUsed,
                new WrittenOnRead<>(allWarnings), rates.version(), status);
    }

    /** The warning that names every provisional value used, written when read. */
    private record ProvisionalWarning(List<RateValue> used) implements Supplier<String> {
        @Override
        public String get() {
            StringBuilder text = new StringBuilder(160 + 48 * used.size())
                    .append("Deze uitkomst gebruikt voorlopige tarieven (");
            boolean first = true;
            for (RateValue v : used) {
                if (v.provisional()) {
                    text.append(first ? "" : ", ").append(v.key()).append(" vanaf ");
                    appendDate(text, v.effectiveFrom());
                    first = false;
                }
            }
            return text.append("): het bedrag kan nog wijzigen wanneer het tarief officieel is bevestigd.")
                    .toString();
        }
    }

    /** Appends the date as {@link LocalDate#toString()} writes it, without the intermediate string (hot path). */
    private static void appendDate(StringBuilder text, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            text.append(date);
            return;
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        text.append(year).append(month < 10 ? "-0" : "-").append(month).append(day < 10 ? "-0" : "-").append(day);
    }

    /** How a rate value is shown in its explanation step. */
    public enum Format {
        EURO, PERCENT, NUMBER;

        String apply(BigDecimal v) {
            return switch (this) {
                case EURO -> MoneyFormat.display(v);
                case PERCENT -> MoneyFormat.percent(v);
                case NUMBER -> MoneyFormat.number(v);
            };
        }
    }
}
