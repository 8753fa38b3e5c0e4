package eu.ondernemerscheck.application.proposals.service;

import eu.ondernemerscheck.application.audit.CurrentActor;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.proposals.port.in.AcceptProposalCommand;
import eu.ondernemerscheck.application.proposals.port.in.DecideProposalCommand;
import eu.ondernemerscheck.application.proposals.port.in.OpenProposalsQuery;
import eu.ondernemerscheck.application.proposals.port.in.ProposalReview;
import eu.ondernemerscheck.application.proposals.port.in.ProposalSummary;
import eu.ondernemerscheck.application.proposals.port.in.ReviewProposalsUseCase;
import eu.ondernemerscheck.application.proposals.port.out.ProposalStorePort;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.UnknownClientException;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.proposals.Proposal;
import eu.ondernemerscheck.domain.proposals.ProposalComparison;
import eu.ondernemerscheck.domain.proposals.ProposalRefusedException;
import eu.ondernemerscheck.domain.proposals.ProposalStatus;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.shared.Actor;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accountant's review of proposals in their own firm. A client's draft stays the client's until submitted: the
 * accountant sees submitted and decided versions only. Accepting writes the chosen values into the facts through
 * {@link ClientFactsUseCase#save}, so the facts get a new version and every figure is recomputed and kept; every
 * decision is audited with the fields it concerned (names only, never amounts).
 */
@Service
class ProposalReviewService implements ReviewProposalsUseCase, OpenProposalsQuery {

    private final ProposalStorePort proposals;
    private final LoadClientsPort clients;
    private final ClientFactsPort facts;
    private final ClientFactsUseCase factsUseCase;
    private final LoadRateBookPort rates;
    private final RecordAuditPort audit;
    private final Clock clock;
    private final ProposalComparison comparison = new ProposalComparison(SchemeCatalogue.standard());

    ProposalReviewService(ProposalStorePort proposals, LoadClientsPort clients, ClientFactsPort facts,
                          ClientFactsUseCase factsUseCase, LoadRateBookPort rates, RecordAuditPort audit,
                          Clock clock) {
        this.proposals = proposals;
        this.clients = clients;
        this.facts = facts;
        this.factsUseCase = factsUseCase;
        this.rates = rates;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public List<ProposalSummary> openProposals() {
        TenantContext.require();
        Map<Long, Client> byId = clients.loadClients().stream()
                .collect(Collectors.toMap(Client::id, Function.identity()));
        return proposals.withStatus(ProposalStatus.SUBMITTED).stream()
                .filter(p -> byId.containsKey(p.clientId()))
                .map(p -> summary(p, byId.get(p.clientId()))).toList();
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public List<ProposalSummary> proposalsOf(long clientId) {
        TenantContext.require();
        Client client = client(clientId);
        return proposals.ofClient(clientId).stream().filter(p -> p.status() != ProposalStatus.DRAFT)
                .map(p -> summary(p, client)).toList();
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public ProposalReview review(long proposalId) {
        TenantContext.require();
        Proposal p = visible(proposalId);
        Client client = client(p.clientId());
        YearFacts current = facts.load(client.id(), p.year()).orElseGet(() -> YearFacts.none(client.id(), p.year()));
        RateBook book = rates.currentRateBook();
        return new ProposalReview(client, p, current, comparison.compare(client, current, p, book, clock.instant()),
                book.version());
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional
    public ProposalSummary accept(AcceptProposalCommand command) {
        TenantContext.require();
        Proposal p = current(command.proposalId(), command.expectedVersion());
        Client client = client(p.clientId());
        YearFacts held = facts.load(client.id(), p.year()).orElseGet(() -> YearFacts.none(client.id(), p.year()));
        if (held.version() != command.expectedFactsVersion()) {
            throw new ChangedMeanwhileException(held.updatedBy().isEmpty() ? "iemand anders" : held.updatedBy(),
                    held.updatedAt() == null ? Instant.EPOCH : held.updatedAt());
        }
        Instant now = clock.instant();
        ProposalComparison.Comparison compared = comparison.compare(client, held, p, rates.currentRateBook(), now);
        Set<String> keys;
        if (command.all()) {
            keys = compared.keys();
        } else {
            List<FieldError> unknown = new ArrayList<>();
            command.fields().stream().filter(f -> !compared.keys().contains(f))
                    .forEach(f -> unknown.add(new FieldError(f, "Dit voorstel wijzigt dit veld niet.")));
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(unknown);
            }
            keys = new LinkedHashSet<>();
            for (String k : compared.keys()) {
                if (command.fields().contains(k)) {
                    keys.add(k);
                }
            }
        }
        Proposal accepted = p.accepted(keys, "", CurrentActor.name(), now);
        if (!keys.isEmpty()) {
            factsUseCase.save(new SaveFactsCommand(client.id(), p.year(), comparison.merged(held.answers(), p, keys),
                    held.version()));
        }
        Proposal saved = proposals.update(accepted);
        record("proposal.accepted", saved, "{\"fields\":[" + keys.stream().map(k -> "\"" + k + "\"")
                .collect(Collectors.joining(",")) + "],\"of\":" + compared.keys().size() + "}");
        return summary(saved, client);
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional
    public ProposalSummary requestChanges(DecideProposalCommand command) {
        TenantContext.require();
        Proposal p = current(command.proposalId(), command.expectedVersion());
        Proposal saved = proposals.update(p.changesRequested(command.comment(), CurrentActor.name(),
                clock.instant()));
        record("proposal.changes-requested", saved, null);
        return summary(saved, client(p.clientId()));
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional
    public ProposalSummary reject(DecideProposalCommand command) {
        TenantContext.require();
        Proposal p = current(command.proposalId(), command.expectedVersion());
        Proposal saved = proposals.update(p.rejected(command.comment(), CurrentActor.name(), clock.instant()));
        record("proposal.rejected", saved, null);
        return summary(saved, client(p.clientId()));
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public Map<Long, Integer> openProposalsPerClient() {
        TenantContext.require();
        return proposals.countPerClient(ProposalStatus.SUBMITTED);
    }

    private Proposal visible(long id) {
        return proposals.find(id).filter(p -> p.status() != ProposalStatus.DRAFT)
                .orElseThrow(() -> new ProposalRefusedException("Dit voorstel bestaat niet (meer) in uw kantoor."));
    }

    private Proposal current(long id, long expectedVersion) {
        Proposal p = visible(id);
        if (p.rowVersion() != expectedVersion) {
            throw new ChangedMeanwhileException(p.updatedBy(), p.updatedAt());
        }
        return p;
    }

    private Client client(long clientId) {
        return clients.loadClient(clientId).orElseThrow(() -> new UnknownClientException(clientId));
    }

    private static ProposalSummary summary(Proposal p, Client client) {
        return new ProposalSummary(p.id(), p.clientId(), client.name(), p.year(), p.number(), p.status(),
                p.submittedAt(), p.comment());
    }

    private void record(String action, Proposal p, String after) {
        Actor actor = CurrentActor.get().orElse(null);
        audit.append(new AuditEvent(clock.instant(), actor == null ? null : actor.accountId(), CurrentActor.name(),
                TenantContext.require(), action, "client " + p.clientId() + " year " + p.year() + " proposal "
                + p.number(), "{\"status\":\"SUBMITTED\"}", after == null ? "{\"status\":\"" + p.status() + "\"}"
                : after));
    }
}
