package eu.ondernemerscheck.domain.rules;

import java.util.Objects;

/**
 * One stored rate value with its history: the version that introduced it, the version that retired it (if any), and
 * the value it corrects (if any). Stored values are never changed; a correction is a new record.
 *
 * @param id       the record's own number
 * @param replaces the record this one corrects, or null
 */
public record RateRecord(long id, RateValue value, RateKind kind, RateVersionInfo introducedIn,
                         RateVersionInfo retiredIn, Long replaces) {

    public RateRecord {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(introducedIn, "introducedIn");
    }

    /** Where the record stands now. */
    public State state() {
        if (introducedIn.discarded()) {
            return State.DISCARDED;
        }
        if (introducedIn.draft()) {
            return State.DRAFT;
        }
        return retiredIn != null && retiredIn.published() ? State.REPLACED : State.IN_FORCE;
    }

    /** In force (the engine reads it), a draft (only administrators see it), replaced by a later version, or a draft
     * that was discarded. */
    public enum State {
        IN_FORCE, DRAFT, REPLACED, DISCARDED
    }
}
