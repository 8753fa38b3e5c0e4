package eu.ondernemerscheck.domain.rules;

import java.time.LocalDate;

/**
 * No value of a parameter is in force on the date a calculation needs it. The calculation is refused rather than
 * answered with another period's value.
 */
public class MissingRateException extends RuntimeException {

    private final transient RateKey key;
    private final transient LocalDate date;

    public MissingRateException(RateKey key, LocalDate date) {
        super("Er is geen tarief '" + key + "' bekend voor " + date
                + ". Zonder dat tarief rekenen we niet: een waarde uit een ander jaar zou een verkeerd bedrag geven.",
                null, false, false);
        this.key = key;
        this.date = date;
    }

    public RateKey key() {
        return key;
    }

    public LocalDate date() {
        return date;
    }
}
