package eu.ondernemerscheck.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something about one client's year worth the accountant's attention, with what is at stake in euros (the figure
 * the portfolio ranks on), the scheme and input it is about (to open the client at that field), the date by which to
 * act (null when none) and a plain sentence.
 */
public record Signal(long clientId, int year, SignalKind kind, String scheme, String field, BigDecimal euro,
                     LocalDate due, String message) {

    /** Highest euro value first; among equal values the earliest deadline first. */
    public static final Comparator<Signal> RANKING = Comparator.comparing(Signal::euro).reversed()
            .thenComparing(Signal::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Signal::kind);

    public Signal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(euro, "euro");
        Objects.requireNonNull(message, "message");
        scheme = scheme == null ? "" : scheme;
        field = field == null ? "" : field;
    }
}
