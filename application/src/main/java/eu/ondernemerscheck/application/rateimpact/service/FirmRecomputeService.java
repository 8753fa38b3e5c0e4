package eu.ondernemerscheck.application.rateimpact.service;

import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.clients.port.out.StoredResultsPort;
import eu.ondernemerscheck.application.rateimpact.port.in.FirmRecomputeUseCase;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.rates.port.out.RecomputeQueuePort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.portfolio.YearResults;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Recomputes every client year of one firm on ONE rate book and stores the results with that book's version, then
 * records the firm as done, all in one transaction: if it breaks off, the firm keeps its old results and stays
 * waiting, never half old and half new.
 */
@Service
class FirmRecomputeService implements FirmRecomputeUseCase {

    private final RecomputeQueuePort queue;
    private final LoadClientsPort clients;
    private final ClientFactsPort facts;
    private final StoredResultsPort results;
    private final LoadRateBookPort rates;
    private final Clock clock;
    private final YearResults engine = new YearResults(SchemeCatalogue.standard());

    FirmRecomputeService(RecomputeQueuePort queue, LoadClientsPort clients, ClientFactsPort facts,
                         StoredResultsPort results, LoadRateBookPort rates, Clock clock) {
        this.queue = queue;
        this.clients = clients;
        this.facts = facts;
        this.results = results;
        this.rates = rates;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public OptionalInt recompute(Firm firm) {
        if (!firm.id().equals(TenantContext.require())) {
            throw new IllegalStateException("a firm is recomputed with that firm as the tenant");
        }
        OptionalLong target = queue.claim(firm.id());
        if (target.isEmpty()) {
            return OptionalInt.empty();
        }
        RateBook book = rates.currentRateBook();
        Instant now = clock.instant();
        String reason = "tarieven gewijzigd: " + book.version();
        int stored = 0;
        for (Client client : clients.loadClients()) {
            for (int year : facts.years(client.id())) {
                YearFacts yearFacts = facts.load(client.id(), year).orElse(null);
                if (yearFacts == null) {
                    continue;
                }
                List<StoredResult> computed;
                try {
                    computed = engine.compute(client, yearFacts, book, now);
                } catch (InvalidInputException e) {
                    // facts a stricter rule now refuses keep their old results; the accountant sees the refusal
                    continue;
                }
                results.replace(client.id(), year, computed, reason.length() > 200 ? reason.substring(0, 200)
                        : reason);
                stored += computed.size();
            }
        }
        queue.done(firm.id(), target.getAsLong(), stored);
        return OptionalInt.of(stored);
    }
}
