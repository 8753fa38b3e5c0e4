package eu.ondernemerscheck.application.rateimpact.service;

import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.ClientProfilePort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.clients.port.out.PortfolioPort;
import eu.ondernemerscheck.application.clients.port.out.StoredResultsPort;
import eu.ondernemerscheck.application.notices.port.out.RecomputeNoticesPort;
import eu.ondernemerscheck.application.rateimpact.port.out.BackgroundPriorityPort;
import eu.ondernemerscheck.application.rateimpact.port.out.InteractiveLoadPort;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.rates.port.out.RecomputeQueuePort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the recompute of one firm gives way to people's requests (issue 9), with the ports it writes through standing in
 * for the database: before each step of clients and before each of the step's two writes, until a wait runs into its
 * bound; then, for the rest of that firm, no more and at normal CPU priority, because the request still being served
 * may be waiting for the recompute's own transaction (a save of one of the firm's clients).
 */
class RecomputeGivesWayTest {

    private static final Firm FIRM = new Firm(new FirmId(7), java.util.UUID.randomUUID(), "Wachtkantoor");
    /** Three steps: 100, 100 and 50 clients. */
    private static final int CLIENTS = 2 * FirmRecomputeService.CLIENTS_PER_STEP + 50;

    private final List<String> writes = new ArrayList<>();
    /** The clients whose years were read (and locked), in the order of the reads. */
    private final List<Long> read = new ArrayList<>();
    /** Whether the client list, sorted by name, runs against the order of the ids. */
    private boolean namesAgainstIds;

    /**
     * An outgoing port that answers only what the recompute of a firm without facts asks; a write, and a change of
     * the priority, is noted.
     */
    @SuppressWarnings("unchecked")
    private <T> T port(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "claim" -> OptionalLong.of(1);
                    case "loadClients" -> IntStream.rangeClosed(1, CLIENTS)
                            .mapToObj(i -> new Client(namesAgainstIds ? CLIENTS + 1 - i : i, "Klant " + i,
                                    Country.NL, "bv", 1)).toList();
                    case "loadAll" -> {
                        read.addAll((Collection<Long>) args[0]);
                        yield List.of();
                    }
                    case "newestRateBook" -> RateBook.of("v1", List.of());
                    case "loadProfiles" -> Map.of();
                    case "replaceAll", "storeReviews", "lowerUntilTransactionEnds", "normalAgain" -> {
                        writes.add(method.getName());
                        yield null;
                    }
                    default -> method.getReturnType() == List.class ? List.of() : null;
                });
    }

    private OptionalInt recomputeWith(InteractiveLoadPort interactive) {
        FirmRecomputeService service = new FirmRecomputeService(port(RecomputeQueuePort.class),
                port(LoadClientsPort.class), port(ClientFactsPort.class), port(StoredResultsPort.class),
                port(LoadRateBookPort.class), port(ClientProfilePort.class), port(PortfolioPort.class),
                port(RecomputeNoticesPort.class), interactive, port(BackgroundPriorityPort.class), Clock.systemUTC(),
                port(PlatformTransactionManager.class));
        try (TenantContext.Scope ignored = TenantContext.enter(FIRM.id())) {
            return service.recompute(FIRM);
        }
    }

    @Test
    void withRequestsAnsweredInTimeItGivesWayBeforeEveryStepAndEveryWrite() {
        List<Duration> waits = new ArrayList<>();
        OptionalInt stored = recomputeWith(atMost -> {
            waits.add(atMost);
            return true;
        });

        assertThat(stored).hasValue(0);
        assertThat(writes).as("the firm's work at a lower priority from its claim on, then its writes")
                .containsExactly("lowerUntilTransactionEnds", "replaceAll", "storeReviews", "replaceAll",
                        "storeReviews", "replaceAll", "storeReviews");
        assertThat(waits).hasSize(9).containsOnly(FirmRecomputeService.GIVE_WAY_AT_MOST);
    }

    @Test
    void theClientsAreTakenInTheOrderOfTheirIdsAsTheNightlyRefreshTakesThem() {
        // the years read stay locked: two transactions that lock them in different orders could block each other
        namesAgainstIds = true;
        recomputeWith(atMost -> true);
        assertThat(read).hasSize(CLIENTS).isSorted();
    }

    @Test
    void onceAWaitRunsIntoItsBoundTheFirmIsFinishedWithoutWaitingAgain() {
        List<Duration> waits = new ArrayList<>();
        recomputeWith(atMost -> {
            waits.add(atMost);
            // the second wait finds a request still being served at the bound: a save waiting for this firm's rows
            return waits.size() != 2;
        });

        assertThat(waits).as("no wait after the one that ran into its bound").hasSize(2);
        assertThat(writes).as("the firm is still recomputed whole, at normal priority from that wait on")
                .containsExactly("lowerUntilTransactionEnds", "normalAgain", "replaceAll", "storeReviews",
                        "replaceAll", "storeReviews", "replaceAll", "storeReviews");
    }
}
