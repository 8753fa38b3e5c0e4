package eu.ondernemerscheck.domain.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * One rate version as the history shows it: who made it, when and why; when and by whom it was published, or
 * discarded. A version that is neither is an open draft.
 */
public record RateVersionInfo(long id, String label, String reason, String createdBy, Instant createdAt,
                              String publishedBy, Instant publishedAt, String discardedBy, Instant discardedAt) {

    public RateVersionInfo {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean published() {
        return publishedAt != null;
    }

    public boolean discarded() {
        return discardedAt != null;
    }

    public boolean draft() {
        return !published() && !discarded();
    }
}
