package eu.ondernemerscheck.application.clients.port.out;

import eu.ondernemerscheck.domain.portfolio.StoredResult;

import java.util.Collection;
import java.util.List;

/** The results kept per client, year and scheme in the schema of the firm in the tenant context. */
public interface StoredResultsPort {

    /**
     * Makes {@code results} the current results of that client and year (schemes not among them lose their current
     * result) and appends each to the history with {@code reason}.
     */
    void replace(long clientId, int year, List<StoredResult> results, String reason);

    List<StoredResult> current(long clientId, int year);

    /** The current results of every year of these clients, in one read. */
    List<StoredResult> currentOf(Collection<Long> clientIds);

    /**
     * {@link #replace} for many client years at once, in a few statements whatever their number: what a recompute of
     * many clients writes instead of one replace per year.
     */
    void replaceAll(List<YearToStore> years, String reason);

    /** Oldest first. */
    List<StoredResult> history(long clientId, int year);

    /**
     * The new results of one client year. {@code mayDropSchemes} is false only when the caller knows that every scheme
     * stored for that year is among {@code results}, so no current result has to go (a recompute, which read them
     * first); the store then spares itself looking for one.
     */
    record YearToStore(long clientId, int year, List<StoredResult> results, boolean mayDropSchemes) {
        public YearToStore {
            results = List.copyOf(results);
        }

        /** New results of a year whose stored schemes the caller does not know: any not among them goes. */
        public YearToStore(long clientId, int year, List<StoredResult> results) {
            this(clientId, year, results, true);
        }
    }
}
