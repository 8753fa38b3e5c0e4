package eu.ondernemerscheck.application.rateimpact.port.out;

/**
 * The CPU priority of background work: on a machine whose cores the recompute shares with people's requests and with
 * their database sessions, its work should come after theirs (issue 9: the portfolio's p95 during a recompute).
 */
public interface BackgroundPriorityPort {

    /**
     * Lowers the CPU priority of the current transaction's database session and of this thread until the transaction
     * ends, where the machine allows it (the database runs on this machine and the app may set its sessions' priority
     * back afterwards); elsewhere it does nothing. Must be called inside a transaction.
     */
    void lowerUntilTransactionEnds();

    /**
     * Sets what {@link #lowerUntilTransactionEnds()} lowered in the current transaction back to normal for the rest of
     * it: a request may be waiting for this transaction, and should not wait at the background's priority. Does nothing
     * when nothing was lowered.
     */
    void normalAgain();
}
