package eu.ondernemerscheck.application.rates.port.out;

/**
 * Starts the background recompute of the stored client results on one app node, soon. Asks made before that run
 * starts coalesce into it; asked inside a transaction, the run exists only once that transaction commits.
 */
public interface RecomputeTriggerPort {

    void recomputeSoon();
}
