package eu.ondernemerscheck.application.rates.port.in;

/**
 * The administrator's rate changes: each is first a draft (a rate version only administrators see), then published,
 * which makes it the rates the engine computes with, or discarded. Nothing stored is overwritten or removed; every
 * step is in the audit trail with the value before and after.
 */
public interface ChangeRatesUseCase {

    /**
     * Saves the change as a draft.
     *
     * @return the draft's rate version
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException naming every rule the value breaks
     * @throws eu.ondernemerscheck.domain.rules.RateChangeRefusedException when another administrator changed the
     *                                                                      parameter since, or a draft is waiting
     */
    long proposeChange(ChangeRateCommand command);

    /**
     * Publishes a draft: its values go live and the values they correct are retired, in one transaction.
     *
     * @throws eu.ondernemerscheck.domain.rules.RateChangeRefusedException when the draft is no longer open or no
     *                                                                      longer fits the rates in force
     */
    void publish(long draftVersion);

    /** Discards a draft; it stays in the history as discarded. */
    void discard(long draftVersion);
}
