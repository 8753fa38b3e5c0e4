package eu.ondernemerscheck.domain.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * The last change to the values of one parameter (and category): the version that made it, who and when. An edit
 * names the stamp it started from; when the stamp has moved on since, someone else changed the parameter and the edit
 * is refused.
 */
public record RateSeriesStamp(RateKey key, long version, String changedBy, Instant changedAt) {
    public RateSeriesStamp {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
