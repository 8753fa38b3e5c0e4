package eu.ondernemerscheck.application.rateimpact.port.in;

/**
 * Recomputes the stored client results after a publication, one firm per call, each firm in its own transaction on
 * one rate book. The rates screen calls it while it shows the progress bar; a scheduler on every node could call it
 * the same way, since a firm is claimed with a lock that other callers skip.
 */
public interface RecomputeResultsUseCase {

    /**
     * Recomputes the next waiting firm nobody else is working on, if any. A firm whose recompute fails keeps its old
     * results, is set aside with the reason, and the next firm is taken.
     */
    RecomputeProgress recomputeNext();

    RecomputeProgress progress();

    /** Puts the firms whose recompute failed back in the list. */
    RecomputeProgress retryFailed();
}
