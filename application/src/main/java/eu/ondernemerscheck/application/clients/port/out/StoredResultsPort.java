package eu.ondernemerscheck.application.clients.port.out;

import eu.ondernemerscheck.domain.portfolio.StoredResult;

import java.util.List;

/** The results kept per client, year and scheme in the schema of the firm in the tenant context. */
public interface StoredResultsPort {

    /**
     * Makes {@code results} the current results of that client and year (schemes not among them lose their current
     * result) and appends each to the history with {@code reason}.
     */
    void replace(long clientId, int year, List<StoredResult> results, String reason);

    List<StoredResult> current(long clientId, int year);

    /** Oldest first. */
    List<StoredResult> history(long clientId, int year);
}
