package eu.ondernemerscheck.application.rateimpact.service;

import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.rateimpact.port.in.FirmImpactUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.ResultChange;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes every client year of one firm on both books and keeps the results that differ. Reads only, and locks
 * nothing; a new transaction so the firm's own schema is used even when the caller had one open.
 */
@Service
class FirmImpactService implements FirmImpactUseCase {

    private final LoadClientsPort clients;
    private final ClientFactsPort facts;
    private final Clock clock;
    private final YearResults engine = new YearResults(SchemeCatalogue.standard());

    FirmImpactService(LoadClientsPort clients, ClientFactsPort facts, Clock clock) {
        this.clients = clients;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public FirmImpact changesInFirm(Firm firm, RateBook inForce, RateBook withDraft) {
        if (!firm.id().equals(TenantContext.require())) {
            throw new IllegalStateException("the preview of a firm runs with that firm as the tenant");
        }
        Instant now = clock.instant();
        int compared = 0;
        List<ResultChange> changes = new ArrayList<>();
        List<Client> all = clients.loadClients();
        // the facts of a step of clients in one read, as the recompute reads them, not one read per client and year
        for (int from = 0; from < all.size(); from += FirmRecomputeService.CLIENTS_PER_STEP) {
            List<Client> step = all.subList(from, Math.min(all.size(), from + FirmRecomputeService.CLIENTS_PER_STEP));
            Map<Long, List<YearFacts>> years = facts.peekAll(step.stream().map(Client::id).toList()).stream()
                    .collect(Collectors.groupingBy(YearFacts::clientId));
            for (Client client : step) {
                compared += compare(firm, client, years.getOrDefault(client.id(), List.of()), inForce, withDraft,
                        now, changes);
            }
        }
        return new FirmImpact(compared, changes);
    }

    /** @return how many results of the client's years were compared; the ones that differ go into {@code changes} */
    private int compare(Firm firm, Client client, List<YearFacts> years, RateBook inForce, RateBook withDraft,
                        Instant now, List<ResultChange> changes) {
        int compared = 0;
        for (YearFacts yearFacts : years) {
            List<StoredResult> before;
            List<StoredResult> after;
            try {
                before = engine.compute(client, yearFacts, inForce, now);
                after = engine.compute(client, yearFacts, withDraft, now);
            } catch (InvalidInputException e) {
                // facts saved before a rule became stricter: the accountant sees them refused on the client page
                continue;
            }
            Map<String, StoredResult> afterByScheme = after.stream()
                    .collect(Collectors.toMap(StoredResult::scheme, Function.identity()));
            for (StoredResult b : before) {
                compared++;
                StoredResult a = afterByScheme.get(b.scheme());
                if (a != null && (!Objects.equals(b.figureText(), a.figureText())
                        || !b.problem().equals(a.problem()))) {
                    changes.add(new ResultChange(firm.name(), client.id(), client.name(), yearFacts.year(),
                            b.scheme(), b.figure(), a.figure(), text(b), text(a)));
                }
            }
        }
        return compared;
    }

    private static String text(StoredResult r) {
        return r.computed() ? r.figureText() : "niet te berekenen";
    }
}
