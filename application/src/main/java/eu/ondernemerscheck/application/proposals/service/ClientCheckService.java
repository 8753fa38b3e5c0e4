package eu.ondernemerscheck.application.proposals.service;

import eu.ondernemerscheck.application.audit.CurrentActor;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.proposals.port.in.ClientCheck;
import eu.ondernemerscheck.application.proposals.port.in.ClientCheckUseCase;
import eu.ondernemerscheck.application.proposals.port.in.ExplainedFigure;
import eu.ondernemerscheck.application.proposals.port.in.SaveStepCommand;
import eu.ondernemerscheck.application.proposals.port.in.SubmitProposalCommand;
import eu.ondernemerscheck.application.proposals.port.out.LinkedClientPort;
import eu.ondernemerscheck.application.proposals.port.out.ProposalStorePort;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.leads.FigureText;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.portfolio.YearResults;
import eu.ondernemerscheck.domain.proposals.CheckStep;
import eu.ondernemerscheck.domain.proposals.CheckSteps;
import eu.ondernemerscheck.domain.proposals.NotLinkedToClientException;
import eu.ondernemerscheck.domain.proposals.Proposal;
import eu.ondernemerscheck.domain.proposals.ProposalRefusedException;
import eu.ondernemerscheck.domain.proposals.ProposalStatus;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.OutputField;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.shared.Actor;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The signed-in client's own check. The client is looked up from the signed-in account's link in the firm of the
 * tenant context, never taken from the caller, so a client reaches only their own facts and proposals. Each step is
 * saved into the newest draft; editing a submitted or decided version starts the next version and keeps the old one.
 */
@Service
class ClientCheckService implements ClientCheckUseCase {

    private final LinkedClientPort linked;
    private final LoadClientsPort clients;
    private final ClientFactsPort facts;
    private final ProposalStorePort proposals;
    private final LoadRateBookPort rates;
    private final RecordAuditPort audit;
    private final Clock clock;
    private final SchemeCatalogue catalogue = SchemeCatalogue.standard();
    private final CheckSteps checkSteps = new CheckSteps(catalogue);
    private final YearResults engine = new YearResults(catalogue);

    ClientCheckService(LinkedClientPort linked, LoadClientsPort clients, ClientFactsPort facts,
                       ProposalStorePort proposals, LoadRateBookPort rates, RecordAuditPort audit, Clock clock) {
        this.linked = linked;
        this.clients = clients;
        this.facts = facts;
        this.proposals = proposals;
        this.rates = rates;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional(readOnly = true)
    public List<Integer> years() {
        Client client = own();
        // the year as a Dutch or Belgian entrepreneur sees it
        int thisYear = FirmsCalendar.today(clock.instant()).getYear();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.add(thisYear);
        years.add(thisYear - 1);
        years.addAll(facts.years(client.id()));
        years.addAll(proposals.years(client.id()));
        return List.copyOf(years);
    }

    @Override
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional(readOnly = true)
    public ClientCheck open(int year) {
        requireYear(year);
        Client client = own();
        return build(client, year, proposals.latest(client.id(), year).orElse(null));
    }

    @Override
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public ClientCheck saveStep(SaveStepCommand command) {
        Client client = own();
        CheckStep step = checkSteps.forCountry(client.country()).stream()
                .filter(s -> s.scheme().equals(command.scheme())).findFirst()
                .orElseThrow(() -> new InvalidInputException("scheme", "Deze stap hoort niet bij uw check."));
        List<FieldError> unknown = new ArrayList<>();
        command.inputs().keySet().stream().filter(name -> !step.asks(name)).forEach(name ->
                unknown.add(new FieldError(step.scheme() + "." + name, "Deze vraag hoort niet bij deze stap.")));
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        Proposal latest = proposals.latest(client.id(), command.year()).orElse(null);
        requireVersion(latest, command.expectedVersion());
        String by = CurrentActor.name();
        Instant now = clock.instant();
        Proposal saved;
        if (latest == null) {
            saved = proposals.insert(Proposal.firstDraft(client.id(), command.year(), by, now)
                    .withStep(step.scheme(), command.inputs(), command.notApplicable(), by, now));
            record("proposal.draft.started", saved, null);
        } else if (latest.status() == ProposalStatus.DRAFT) {
            saved = proposals.update(latest.withStep(step.scheme(), command.inputs(), command.notApplicable(), by,
                    now));
        } else {
            saved = proposals.insert(latest.nextDraft(by, now)
                    .withStep(step.scheme(), command.inputs(), command.notApplicable(), by, now));
            record("proposal.draft.started", saved, "{\"after\":" + latest.number() + "}");
        }
        return build(client, command.year(), saved);
    }

    @Override
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public ClientCheck submit(SubmitProposalCommand command) {
        Client client = own();
        Proposal latest = proposals.latest(client.id(), command.year())
                .orElseThrow(() -> new ProposalRefusedException("Er is nog geen concept om in te dienen."));
        requireVersion(latest, command.expectedVersion());
        if (latest.status() != ProposalStatus.DRAFT) {
            throw new ProposalRefusedException("Deze versie is al ingediend; een wijziging maakt een nieuwe versie.");
        }
        checkSteps.requireComplete(checkSteps.forCountry(client.country()), latest.answers(),
                latest.notApplicable(), latest.year(), rates.currentRateBook());
        Instant now = clock.instant();
        for (Proposal older : proposals.ofClient(client.id())) {
            if (older.year() == latest.year() && older.status() == ProposalStatus.SUBMITTED) {
                proposals.update(older.superseded(now));
            }
        }
        Proposal submitted = proposals.update(latest.submitted(CurrentActor.name(), now));
        record("proposal.submitted", submitted, null);
        return build(client, command.year(), submitted);
    }

    @Override
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional(readOnly = true)
    public List<ExplainedFigure> figures(int year) {
        requireYear(year);
        Client client = own();
        YearFacts held = facts.load(client.id(), year).orElseGet(() -> YearFacts.none(client.id(), year));
        RateBook book = rates.currentRateBook();
        List<ExplainedFigure> out = new ArrayList<>();
        for (Scheme scheme : catalogue.forCountry(client.country())) {
            String id = scheme.definition().id();
            if (!held.answers().containsKey(id)) {
                continue;
            }
            OutputField primary = scheme.definition().outputs().stream()
                    .filter(o -> o.name().equals(scheme.definition().primaryOutput())).findFirst()
                    .orElse(scheme.definition().outputs().getFirst());
            try {
                Outcome outcome = engine.outcome(id, held, book);
                out.add(new ExplainedFigure(id, scheme.definition().title(), primary.label(),
                        FigureText.format(primary, outcome.output(primary.name())), outcome, ""));
            } catch (MissingRateException | InvalidInputException e) {
                out.add(new ExplainedFigure(id, scheme.definition().title(), primary.label(), "–", null,
                        e.getMessage()));
            }
        }
        return out;
    }

    private ClientCheck build(Client client, int year, Proposal proposal) {
        List<CheckStep> steps = checkSteps.forCountry(client.country());
        YearFacts held = facts.load(client.id(), year).orElseGet(() -> YearFacts.none(client.id(), year));
        RateBook book = rates.currentRateBook();
        Map<String, Map<String, Object>> answers = proposal == null ? Map.of() : proposal.answers();
        java.util.Set<String> notApplicable = proposal == null ? java.util.Set.of() : proposal.notApplicable();
        Map<String, Map<String, Object>> prefill = new LinkedHashMap<>();
        List<List<FieldError>> problems = new ArrayList<>();
        Map<String, RateStatus> yearStatus = new LinkedHashMap<>();
        for (CheckStep step : steps) {
            Map<String, Object> start = answers.get(step.scheme());
            if (start == null) {
                start = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : held.answers(step.scheme()).entrySet()) {
                    if (step.asks(e.getKey()) && e.getValue() != null) {
                        start.put(e.getKey(), e.getValue());
                    }
                }
            }
            prefill.put(step.scheme(), start);
            problems.add(checkSteps.problems(step, answers, notApplicable, year, book));
            catalogue.find(step.scheme()).map(s -> SchemeCatalogue.yearsWithRates(s, book).get(year))
                    .ifPresent(status -> yearStatus.put(step.scheme(), status));
        }
        return new ClientCheck(client.name(), client.country(), year, steps, prefill, notApplicable, problems,
                proposal, yearStatus);
    }

    private Client own() {
        FirmId firm = TenantContext.require();
        Actor actor = CurrentActor.get().orElseThrow(NotLinkedToClientException::new);
        long clientId = linked.clientOf(actor.accountId(), firm).orElseThrow(NotLinkedToClientException::new);
        return clients.loadClient(clientId).orElseThrow(NotLinkedToClientException::new);
    }

    private static void requireVersion(Proposal latest, long expected) {
        long actual = latest == null ? 0 : latest.rowVersion();
        if (actual != expected) {
            throw new ChangedMeanwhileException(latest == null ? "iemand anders" : latest.updatedBy(),
                    latest == null ? Instant.EPOCH : latest.updatedAt());
        }
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Kies een jaar tussen 2000 en 2100.");
        }
    }

    private void record(String action, Proposal p, String after) {
        Actor actor = CurrentActor.get().orElse(null);
        audit.append(new AuditEvent(clock.instant(), actor == null ? null : actor.accountId(), CurrentActor.name(),
                TenantContext.require(), action, "client " + p.clientId() + " year " + p.year() + " proposal "
                + p.number(), null, after));
    }
}
