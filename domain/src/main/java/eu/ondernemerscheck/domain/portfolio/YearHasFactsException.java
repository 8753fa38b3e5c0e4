package eu.ondernemerscheck.domain.portfolio;

import java.time.Instant;

/** Rolling forward would replace facts someone already saved for the next year; asked again, with confirmation. */
public class YearHasFactsException extends RuntimeException {

    private final int year;
    private final String savedBy;
    private final transient Instant savedAt;

    public YearHasFactsException(int year, String savedBy, Instant savedAt) {
        super("year " + year + " has facts", null, false, false);
        this.year = year;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public int year() {
        return year;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
