package eu.ondernemerscheck.application.clients.service;

import eu.ondernemerscheck.application.audit.CurrentActor;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RemoveSchemeCommand;
import eu.ondernemerscheck.application.clients.port.in.RollForwardCommand;
import eu.ondernemerscheck.application.clients.port.in.RollForwardUseCase;
import eu.ondernemerscheck.application.clients.port.in.RolledForward;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.out.ClientProfilePort;
import eu.ondernemerscheck.application.clients.port.out.PortfolioPort;
import eu.ondernemerscheck.domain.portfolio.ClientProfile;
import eu.ondernemerscheck.domain.portfolio.YearHasFactsException;
import eu.ondernemerscheck.domain.portfolio.YearReview;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.application.clients.port.in.SavedFacts;
import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.clients.port.out.StoredResultsPort;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.shared.Actor;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.FactsChange;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.portfolio.UnknownClientException;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.portfolio.YearResults;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client's facts per year and the results kept from them, in the signed-in accountant's own firm. Every save
 * recomputes all schemes with facts on one rate book and keeps the results with the rate version they used.
 */
@Service
class ClientFactsService implements ClientFactsUseCase, RollForwardUseCase {

    private final LoadClientsPort clients;
    private final ClientFactsPort facts;
    private final StoredResultsPort results;
    private final LoadRateBookPort rates;
    private final RecordAuditPort audit;
    private final Clock clock;
    private final ClientProfilePort profiles;
    private final PortfolioPort portfolio;
    private final YearResults engine = new YearResults(SchemeCatalogue.standard());
    private final YearReview review = new YearReview(SchemeCatalogue.standard());

    ClientFactsService(LoadClientsPort clients, ClientFactsPort facts, StoredResultsPort results,
                       LoadRateBookPort rates, RecordAuditPort audit, Clock clock, ClientProfilePort profiles,
                       PortfolioPort portfolio) {
        this.profiles = profiles;
        this.portfolio = portfolio;
        this.clients = clients;
        this.facts = facts;
        this.results = results;
        this.rates = rates;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public YearFacts facts(long clientId, int year) {
        TenantContext.require();
        client(clientId);
        return facts.load(clientId, year).orElseGet(() -> YearFacts.none(clientId, year));
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public List<Integer> years(long clientId) {
        TenantContext.require();
        client(clientId);
        return facts.years(clientId);
    }

    @Override
    // the system role, which no person holds, seeds the demo firm's facts at start-up through the same path
    @PreAuthorize("hasAnyRole('ACCOUNTANT', 'SYSTEM')")
    @Transactional
    public SavedFacts save(SaveFactsCommand command) {
        TenantContext.require();
        return store(client(command.clientId()), command, "client.facts.saved", "gegevens gewijzigd",
                rates.rateBookToStore());
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional
    public SavedFacts removeScheme(RemoveSchemeCommand command) {
        TenantContext.require();
        Client client = client(command.clientId());
        RateBook book = rates.rateBookToStore();
        YearFacts current = facts.load(client.id(), command.year()).orElseGet(() -> YearFacts.none(client.id(),
                command.year()));
        if (!current.answers().containsKey(command.scheme())) {
            // a stale screen may still show the scheme after someone else removed it: say so, not "invalid"
            if (current.version() != command.expectedVersion()) {
                throw new ChangedMeanwhileException(current.updatedBy(),
                        current.updatedAt());
            }
            throw new InvalidInputException(List.of(new FieldError(command.scheme(),
                    "Deze regeling heeft in " + command.year() + " geen gegevens.")));
        }
        Map<String, Map<String, Object>> remaining = new LinkedHashMap<>(current.answers());
        remaining.remove(command.scheme());
        return store(client, new SaveFactsCommand(client.id(), command.year(), remaining, command.expectedVersion()),
                "client.facts.scheme_removed", "regeling " + command.scheme() + " verwijderd", book);
    }

    /**
     * Stores the year's facts and its results on {@code book}, which the caller took with
     * {@link LoadRateBookPort#rateBookToStore()} before any row was locked: a publication waits for this save, so the
     * results are either on the rates it publishes or there for its recompute to see.
     */
    private SavedFacts store(Client client, SaveFactsCommand command, String action, String reason, RateBook book) {
        FirmId firm = TenantContext.require();
        List<FieldError> errors = engine.check(client, command.answers());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<Actor> actor = CurrentActor.get();
        String by = CurrentActor.name();
        Instant now = clock.instant();
        Map<String, Map<String, Object>> before = facts.load(command.clientId(), command.year())
                .map(YearFacts::answers).orElse(Map.of());
        YearFacts saved = facts.save(command.clientId(), command.year(), command.answers(), command.expectedVersion(),
                by, now);
        YearResults.ComputedYear computed = engine.computeYear(client, saved, book, now);
        results.replace(command.clientId(), command.year(), computed.results(), reason);
        ClientProfile profile = profiles.loadProfile(client.id()).orElseThrow(() -> new UnknownClientException(
                client.id()));
        portfolio.storeReview(review.review(profile, saved, book, FirmsCalendar.today(now),
                computed.outcomes()), now);
        audit.append(new AuditEvent(now, actor.map(Actor::accountId).orElse(null), by, firm, action,
                "client " + command.clientId() + " year " + command.year(),
                FactsChange.describe(before, saved.answers(), FactsChange.Side.BEFORE),
                FactsChange.describe(before, saved.answers(), FactsChange.Side.AFTER)));
        return new SavedFacts(saved, computed.results());
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional
    public RolledForward rollForward(RollForwardCommand command) {
        TenantContext.require();
        Client client = client(command.clientId());
        RateBook book = rates.rateBookToStore();
        int next = command.fromYear() + 1;
        YearFacts from = facts.load(client.id(), command.fromYear()).orElseThrow(() -> new InvalidInputException(
                List.of(new FieldError("year", "Voor " + command.fromYear() + " zijn nog geen gegevens bewaard."))));
        YearFacts existing = facts.load(client.id(), next).orElseGet(() -> YearFacts.none(client.id(), next));
        if (existing.saved() && !command.replaceNextYear()) {
            throw new YearHasFactsException(next, existing.updatedBy(), existing.updatedAt());
        }
        Map<String, Map<String, Object>> copied = new LinkedHashMap<>();
        List<FieldError> leftOut = new ArrayList<>();
        YearFacts nextYear = from.forYear(next);
        for (Map.Entry<String, Map<String, Object>> scheme : from.answers().entrySet()) {
            try {
                engine.outcome(scheme.getKey(), nextYear, book);
                copied.put(scheme.getKey(), scheme.getValue());
            } catch (MissingRateException e) {
                copied.put(scheme.getKey(), scheme.getValue());
            } catch (InvalidInputException e) {
                leftOut.add(new FieldError(scheme.getKey(), e.errors().isEmpty() ? "Klopt niet in " + next + "."
                        : e.errors().getFirst().message()));
            }
        }
        SavedFacts saved = store(client, new SaveFactsCommand(client.id(), next, copied, existing.version()),
                "client.facts.rolled_forward", "doorgezet vanuit " + command.fromYear(), book);
        return new RolledForward(saved, leftOut);
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public List<StoredResult> results(long clientId, int year) {
        TenantContext.require();
        client(clientId);
        return results.current(clientId, year);
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public List<StoredResult> history(long clientId, int year) {
        TenantContext.require();
        client(clientId);
        return results.history(clientId, year);
    }

    private Client client(long clientId) {
        return clients.loadClient(clientId).orElseThrow(() -> new UnknownClientException(clientId));
    }
}
