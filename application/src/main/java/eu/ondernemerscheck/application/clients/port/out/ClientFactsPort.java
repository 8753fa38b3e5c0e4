package eu.ondernemerscheck.application.clients.port.out;

import eu.ondernemerscheck.domain.portfolio.YearFacts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Facts per client and year in the schema of the firm in the tenant context. */
public interface ClientFactsPort {

    Optional<YearFacts> load(long clientId, int year);

    /** Newest first. */
    List<Integer> years(long clientId);

    /**
     * The facts of every year of these clients in one read, per client the newest year first: what a recompute of
     * many clients reads instead of {@link #years} and {@link #load} per client. The years read stay locked until the
     * transaction ends: a save of one of them made meanwhile waits, and its results (on the same rates) are stored
     * after the recompute's, never overwritten by results of the facts it replaced.
     */
    List<YearFacts> loadAll(Collection<Long> clientIds);

    /** What {@link #loadAll} reads, without locking anything: for work that stores nothing. */
    List<YearFacts> peekAll(Collection<Long> clientIds);

    /**
     * Replaces the facts if they are still at {@code expectedVersion} (0: none saved yet).
     *
     * @throws eu.ondernemerscheck.domain.shared.ChangedMeanwhileException otherwise, naming who saved last and when
     */
    YearFacts save(long clientId, int year, Map<String, Map<String, Object>> answers, long expectedVersion,
                   String by, Instant at);
}
