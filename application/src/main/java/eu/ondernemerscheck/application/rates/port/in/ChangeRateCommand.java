package eu.ondernemerscheck.application.rates.port.in;

import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.rules.Source;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new value for a parameter, or a correction of one value ({@code replaces} its record number), as a draft. Marking
 * a value confirmed is a correction with status confirmed. {@code expectedVersion} is the version of the parameter the
 * administrator saw (its {@link eu.ondernemerscheck.domain.rules.RateSeriesStamp}); the reason is required.
 *
 * @throws InvalidInputException naming every missing or inconsistent field, in plain Dutch
 */
public record ChangeRateCommand(RateKey key, Long replaces, long expectedVersion, LocalDate effectiveFrom,
                                LocalDate effectiveUntil, BigDecimal value, RateStatus status, String sourceTitle,
                                String sourceUrl, LocalDate checkedOn, String note, String reason) {

    public static final String REASON = "reason";
    public static final String STATUS = "status";

    public ChangeRateCommand {
        sourceTitle = sourceTitle == null ? "" : sourceTitle.strip();
        sourceUrl = sourceUrl == null ? "" : sourceUrl.strip();
        note = note == null ? "" : note.strip();
        reason = reason == null ? "" : reason.strip();
        List<FieldError> errors = new ArrayList<>();
        if (key == null) {
            errors.add(new FieldError("parameter", "Kies een parameter."));
        }
        if (value == null) {
            errors.add(new FieldError("value", "Vul een waarde in."));
        }
        if (effectiveFrom == null) {
            errors.add(new FieldError("effectiveFrom", "Vul de ingangsdatum in."));
        }
        if (effectiveUntil == null) {
            errors.add(new FieldError("effectiveUntil", "Vul de einddatum in (tot en met)."));
        } else if (effectiveFrom != null && effectiveUntil.isBefore(effectiveFrom)) {
            errors.add(new FieldError("effectiveUntil", "De einddatum ligt vóór de ingangsdatum."));
        }
        if (status == null) {
            errors.add(new FieldError(STATUS, "Kies bevestigd of voorlopig."));
        }
        if (checkedOn == null) {
            errors.add(new FieldError("checkedOn", "Vul in wanneer de bron is gecontroleerd."));
        }
        if (reason.isEmpty()) {
            errors.add(new FieldError(REASON, "Geef de reden van deze wijziging."));
        } else if (reason.length() > 500) {
            errors.add(new FieldError(REASON, "Houd de reden korter dan 500 tekens."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The value as it will be stored. */
    public RateValue toValue() {
        return new RateValue(key, effectiveFrom, effectiveUntil, value, status, new Source(sourceTitle, sourceUrl),
                checkedOn, note);
    }
}
