package eu.ondernemerscheck.application.rates.port.out;

import eu.ondernemerscheck.domain.shared.FirmId;

import java.util.List;
import java.util.OptionalLong;

/**
 * The durable list of firms whose stored client results must be recomputed after a publication. A request raises
 * every firm's target to the newest publication (repeated publications coalesce); a firm is claimed inside its own
 * recompute transaction, so a crash leaves it waiting and two workers never take the same firm at once.
 */
public interface RecomputeQueuePort {

    /** Every firm must reflect the newest publication. Runs in the publishing transaction. */
    void requestEveryFirm();

    /** Firms still waiting (not set aside after a failure), longest waiting first. */
    List<FirmId> waitingFirms();

    /**
     * Locks the firm's row for the current transaction if it is waiting and no other worker holds it.
     *
     * @return the publication to reach, or empty when there is nothing to do or another worker has it
     */
    OptionalLong claim(FirmId firm);

    /**
     * The labels of the publications the firm's results do not reflect yet (after the last one it was recomputed on,
     * up to its target), oldest first; for the notice to its accountants.
     */
    List<String> publicationsWaitingFor(FirmId firm);

    /** Records the firm as recomputed up to that publication, in the same transaction as its results. */
    void done(FirmId firm, long publication, int results);

    /** Sets a firm aside after its recompute failed, until a retry or the next publication. Commits on its own. */
    void failed(FirmId firm, String problem);

    /** Puts every firm set aside back in the list. */
    void retryFailed();

    /** How many firms are in the list, how many are still waiting, how many were set aside after a failure. */
    Progress progress();

    record Progress(int firms, int waiting, int failed) {
    }
}
