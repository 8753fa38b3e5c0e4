package eu.ondernemerscheck.application.rates.port.out;

import eu.ondernemerscheck.domain.rules.RateKind;
import eu.ondernemerscheck.domain.rules.RateValue;

/**
 * Stores drafts and publishes or discards them. Each operation is one atomic step of the store: the optimistic check
 * of the parameter's version, one open draft per parameter, and a draft published or discarded only once.
 */
public interface SaveRateDraftPort {

    /** A value to store as a draft; {@code replaces} is the record it corrects, or null. */
    record NewDraft(RateValue value, RateKind kind, Long replaces, long expectedVersion, String label,
                    String reason, String author) {
    }

    /**
     * @return the new draft version
     * @throws eu.ondernemerscheck.domain.rules.RateChangeRefusedException when the parameter's version is no longer
     *                                                                      the expected one or a draft is waiting
     */
    long saveDraft(NewDraft draft);

    /**
     * Within the caller's transaction: waits until no other publication is under way, on any app node, and holds the
     * others off until the transaction ends, so that a draft is checked against the rates the last publication left.
     */
    void waitForTurnToPublish();

    /**
     * Makes the draft live: retires the records it corrects, publishes its own, numbers the publication; the next
     * calculation reads the new rates.
     *
     * @throws eu.ondernemerscheck.domain.rules.RateChangeRefusedException when it is no longer a draft, a value it
     *                                                                      corrects was replaced meanwhile, or the
     *                                                                      database refuses the result
     */
    void publish(long version, String author);

    /** @throws eu.ondernemerscheck.domain.rules.RateChangeRefusedException when it is no longer a draft */
    void discard(long version, String author);
}
