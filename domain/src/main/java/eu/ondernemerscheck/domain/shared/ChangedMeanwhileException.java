package eu.ondernemerscheck.domain.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone else saved the same thing after the user opened it. Nothing was written; the user reloads and redoes the
 * change, so no edit is ever silently overwritten.
 */
public class ChangedMeanwhileException extends RuntimeException {

    private final String changedBy;
    private final transient Instant changedAt;

    public ChangedMeanwhileException(String changedBy, Instant changedAt) {
        super("changed meanwhile", null, false, false);
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
