package eu.ondernemerscheck.application.clients.service;

import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.ClientProfilePort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.clients.port.out.PortfolioPort;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly refresh of a firm's signals reads its clients' years a step at a time and locks them until it commits,
 * as the recompute after a publication does; both go through the clients in the order of their ids, whatever the
 * order of their names, so they take the locks in one order and cannot block each other crosswise.
 */
class SignalRefreshOrderTest {

    private static final Firm FIRM = new Firm(new FirmId(8), UUID.randomUUID(), "Nachtkantoor");
    private static final int CLIENTS = 2 * FirmSignalsRefreshService.CLIENTS_PER_STEP + 50;

    private final List<Long> read = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();

    /** An outgoing port that answers what the refresh of a firm without profiles asks, and notes the reads. */
    @SuppressWarnings("unchecked")
    private <T> T port(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    // sorted by name, the list runs against the ids
                    case "loadClients" -> IntStream.rangeClosed(1, CLIENTS)
                            .mapToObj(i -> new Client(CLIENTS + 1 - i, "Klant " + i, Country.NL, "bv", 1)).toList();
                    case "loadAll" -> {
                        read.addAll((Collection<Long>) args[0]);
                        steps.add("loadAll");
                        yield List.of();
                    }
                    case "newestRateBook" -> RateBook.of("v1", List.of());
                    case "loadProfiles" -> Map.of();
                    case "storeReviews" -> {
                        steps.add("storeReviews");
                        yield null;
                    }
                    default -> method.getReturnType() == List.class ? List.of() : null;
                });
    }

    @Test
    void theClientsAreTakenAHundredAtATimeInTheOrderOfTheirIds() {
        FirmSignalsRefreshService refresh = new FirmSignalsRefreshService(port(LoadClientsPort.class),
                port(ClientFactsPort.class), port(ClientProfilePort.class), port(PortfolioPort.class),
                port(LoadRateBookPort.class), Clock.systemUTC());
        try (TenantContext.Scope ignored = TenantContext.enter(FIRM.id())) {
            assertThat(refresh.refreshSignals(FIRM, LocalDate.of(2026, 8, 10))).isZero();
        }
        assertThat(read).hasSize(CLIENTS).isSorted();
        assertThat(steps).containsExactly("loadAll", "storeReviews", "loadAll", "storeReviews", "loadAll",
                "storeReviews");
    }
}
