package eu.ondernemerscheck.application.rateimpact.port.in;

/**
 * Recomputes the stored client results after a publication, firm by firm, each firm in its own transaction on one rate
 * book. A background job runs it (on one app node at a time, under the system role); the rates screen only shows the
 * progress and can put failed firms back in the list.
 */
public interface RecomputeResultsUseCase {

    /**
     * Recomputes every waiting firm nobody else is working on, until none is left. A firm whose recompute fails keeps
     * its old results, is set aside with the reason, and the next firm is taken.
     */
    RecomputeProgress recomputeWaitingFirms();

    RecomputeProgress progress();

    /** Puts the firms whose recompute failed back in the list and starts the background recompute. */
    RecomputeProgress retryFailed();

    /**
     * Goes through firm after firm as a recompute would, storing nothing ({@link FirmRecomputeUseCase#rehearse}),
     * until at least this many client years were computed, every firm was, or the thread is interrupted. Run once
     * after a start, so that the first publication does not wait for the JVM to compile the recompute's code.
     */
    RecomputeRehearsal rehearse(int clientYears);
}
