package eu.ondernemerscheck.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a rate parameter. It is in force from {@code effectiveFrom} up to and including
 * {@code effectiveUntil}: a value never silently stretches into a period nobody checked, so a calculation for a later
 * date is refused until someone enters the value for it (tax-rules.md §7, consequences for the engine).
 */
public record RateValue(RateKey key, LocalDate effectiveFrom, LocalDate effectiveUntil, BigDecimal value,
                        RateStatus status, Source source, LocalDate checkedOn, String note) {

    public RateValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveUntil, "effectiveUntil");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(checkedOn, "checkedOn");
        note = note == null ? "" : note;
        if (effectiveUntil.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(key + ": effective until " + effectiveUntil + " lies before "
                    + effectiveFrom);
        }
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && !date.isAfter(effectiveUntil);
    }

    public boolean provisional() {
        return status == RateStatus.PROVISIONAL;
    }
}
