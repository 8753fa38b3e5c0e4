package eu.ondernemerscheck.proposals;

import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.proposals.port.in.AcceptProposalCommand;
import eu.ondernemerscheck.application.proposals.port.in.ClientCheck;
import eu.ondernemerscheck.application.proposals.port.in.ClientCheckUseCase;
import eu.ondernemerscheck.application.proposals.port.in.DecideProposalCommand;
import eu.ondernemerscheck.application.proposals.port.in.OpenProposalsQuery;
import eu.ondernemerscheck.application.proposals.port.in.ProposalReview;
import eu.ondernemerscheck.application.proposals.port.in.ProposalSummary;
import eu.ondernemerscheck.application.proposals.port.in.ReviewProposalsUseCase;
import eu.ondernemerscheck.application.proposals.port.in.SaveStepCommand;
import eu.ondernemerscheck.application.proposals.port.in.SubmitProposalCommand;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.proposals.FieldChange;
import eu.ondernemerscheck.domain.proposals.FigureEffect;
import eu.ondernemerscheck.domain.proposals.IncompleteCheckException;
import eu.ondernemerscheck.domain.proposals.NotLinkedToClientException;
import eu.ondernemerscheck.domain.proposals.Proposal;
import eu.ondernemerscheck.domain.proposals.ProposalRefusedException;
import eu.ondernemerscheck.domain.proposals.ProposalStatus;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A client's own check on the real database: drafts kept and resumed, steps enforced on the server, versions, every
 * state of a proposal and the refused transitions, and a client reaching only their own data.
 */
@IntegrationTest
class ProposalsTest {

    static final int YEAR = 2025;

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    ClientCheckUseCase check;
    @Autowired
    ReviewProposalsUseCase review;
    @Autowired
    OpenProposalsQuery openPerClient;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    RecordAuditPort audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    Firm firm;
    Client bakery;
    Client studio;
    long bakersAccount;
    long studiosAccount;
    long accountant;
    String suffix;

    @BeforeEach
    void aFirmWithTwoDutchClientsEachWithTheirOwnAccount() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        firm = AsAdministrator.provision(firms, "Voorstellen " + suffix);
        accountant = accounts.create("accountant-" + suffix + "@voorstel.test", "Accountant", "{noop}x",
                Role.ACCOUNTANT, firm.id());
        asAccountant();
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            bakery = register.register(new RegisterClientCommand("Bakkerij " + suffix, Country.NL, "eenmanszaak"));
            studio = register.register(new RegisterClientCommand("Studio " + suffix, Country.NL, "vof"));
        }
        bakersAccount = clientAccount("bakker-" + suffix + "@voorstel.test", firm, bakery.id());
        studiosAccount = clientAccount("studio-" + suffix + "@voorstel.test", firm, studio.id());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long clientAccount(String email, Firm of, long clientId) {
        long id = accounts.create(email, "Klant", "{noop}x", Role.CLIENT, of.id());
        jdbc.update("update platform.app_user set client_id = ? where id = ?", clientId, id);
        return id;
    }

    void asAccountant() {
        SharedContextSecurity.useSharedStrategy(context);
        SignedInForTest.signIn(accountant, "accountant-" + suffix + "@voorstel.test", Role.ACCOUNTANT, firm.id());
    }

    void asClient(long account, Firm of) {
        SharedContextSecurity.useSharedStrategy(context);
        SignedInForTest.signIn(account, "klant-" + account + "@voorstel.test", Role.CLIENT, of.id());
    }

    ClientCheck fillBothSteps(long expected) {
        ClientCheck afterKia = check.saveStep(new SaveStepCommand(YEAR, "nl-kia",
                Map.of("investment_total_eur", new BigDecimal("2901"), "vat_deductible", true), false, expected));
        return check.saveStep(new SaveStepCommand(YEAR, "nl-kor",
                Map.of("taxable_turnover_eur", new BigDecimal("15000")), false, afterKia.expectedVersion()));
    }

    @Test
    void theCheckStartsFromTheAccountantsFactsAndADraftIsKeptToResumeLater() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            facts.save(new SaveFactsCommand(bakery.id(), YEAR, Map.of("nl-kor",
                    Map.of("taxable_turnover_eur", new BigDecimal("12000"))), 0));
            asClient(bakersAccount, firm);

            ClientCheck opened = check.open(YEAR);
            assertThat(opened.clientName()).isEqualTo(bakery.name());
            assertThat(opened.steps()).extracting(s -> s.scheme()).containsExactly("nl-kia", "nl-kor");
            assertThat(opened.prefill().get("nl-kor").get("taxable_turnover_eur").toString()).isEqualTo("12000");
            assertThat(opened.proposal()).isNull();
            assertThat(opened.firstIncomplete()).isZero();

            ClientCheck saved = check.saveStep(new SaveStepCommand(YEAR, "nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("5000")), false, 0));
            assertThat(saved.proposal().status()).isEqualTo(ProposalStatus.DRAFT);
            assertThat(saved.complete(0)).isTrue();
            assertThat(saved.firstIncomplete()).isEqualTo(1);

            ClientCheck resumed = check.open(YEAR);
            assertThat(resumed.prefill().get("nl-kia").get("investment_total_eur").toString()).isEqualTo("5000");
            assertThat(resumed.expectedVersion()).isEqualTo(saved.expectedVersion());
            assertThat(check.years()).contains(YEAR);
        }
    }

    @Test
    void submittingWithAnIncompleteStepIsRefusedNamingTheFirstIncompleteStep() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            asClient(bakersAccount, firm);
            ClientCheck onlyKor = check.saveStep(new SaveStepCommand(YEAR, "nl-kor",
                    Map.of("taxable_turnover_eur", new BigDecimal("15000")), false, 0));

            assertThatThrownBy(() -> check.submit(new SubmitProposalCommand(YEAR, onlyKor.expectedVersion())))
                    .isInstanceOfSatisfying(IncompleteCheckException.class, e -> {
                        assertThat(e.step()).isZero();
                        assertThat(e.scheme()).isEqualTo("nl-kia");
                    });
            ClientCheck invalid = check.saveStep(new SaveStepCommand(YEAR, "nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("-1")), false, onlyKor.expectedVersion()));
            assertThat(invalid.problems().getFirst()).isNotEmpty();
            assertThatThrownBy(() -> check.submit(new SubmitProposalCommand(YEAR, invalid.expectedVersion())))
                    .isInstanceOf(IncompleteCheckException.class);
            assertThat(check.open(YEAR).proposal().status()).isEqualTo(ProposalStatus.DRAFT);

            ClientCheck skipped = check.saveStep(new SaveStepCommand(YEAR, "nl-kia", Map.of(), true,
                    invalid.expectedVersion()));
            assertThat(check.submit(new SubmitProposalCommand(YEAR, skipped.expectedVersion())).proposal().status())
                    .isEqualTo(ProposalStatus.SUBMITTED);
        }
    }

    @Test
    void aStepOfAnotherCountryOrAQuestionNotAskedIsRefused() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            asClient(bakersAccount, firm);
            assertThatThrownBy(() -> check.saveStep(new SaveStepCommand(YEAR, "be-vat-exemption", Map.of(), false,
                    0))).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> check.saveStep(new SaveStepCommand(YEAR, "nl-kia",
                    Map.of("assets", List.of()), false, 0))).isInstanceOf(InvalidInputException.class);
            assertThat(check.open(YEAR).proposal()).isNull();
        }
    }

    @Test
    void aSaveFromAnOldVersionIsRefusedSoTwoDevicesNeverOverwriteEachOther() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            asClient(bakersAccount, firm);
            ClientCheck first = check.saveStep(new SaveStepCommand(YEAR, "nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("5000")), false, 0));
            check.saveStep(new SaveStepCommand(YEAR, "nl-kia", Map.of("investment_total_eur",
                    new BigDecimal("6000")), false, first.expectedVersion()));

            assertThatThrownBy(() -> check.saveStep(new SaveStepCommand(YEAR, "nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("7000")), false, first.expectedVersion())))
                    .isInstanceOf(ChangedMeanwhileException.class);
            assertThat(check.open(YEAR).prefill().get("nl-kia").get("investment_total_eur").toString())
                    .isEqualTo("6000");
        }
    }

    @Test
    void editingASubmittedProposalMakesANewVersionAndKeepsTheOldOne() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            asClient(bakersAccount, firm);
            ClientCheck filled = fillBothSteps(0);
            ClientCheck submitted = check.submit(new SubmitProposalCommand(YEAR, filled.expectedVersion()));
            assertThat(submitted.proposal().number()).isEqualTo(1);
            assertThatThrownBy(() -> check.submit(new SubmitProposalCommand(YEAR, submitted.expectedVersion())))
                    .isInstanceOf(ProposalRefusedException.class);

            ClientCheck edited = check.saveStep(new SaveStepCommand(YEAR, "nl-kor",
                    Map.of("taxable_turnover_eur", new BigDecimal("18000")), false, submitted.expectedVersion()));
            assertThat(edited.proposal().number()).isEqualTo(2);
            assertThat(edited.proposal().status()).isEqualTo(ProposalStatus.DRAFT);
            assertThat(edited.prefill().get("nl-kia").get("investment_total_eur").toString()).isEqualTo("2901");

            asAccountant();
            assertThat(review.proposalsOf(bakery.id())).extracting(ProposalSummary::number, ProposalSummary::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ProposalStatus.SUBMITTED));

            asClient(bakersAccount, firm);
            check.submit(new SubmitProposalCommand(YEAR, edited.expectedVersion()));
            asAccountant();
            assertThat(review.proposalsOf(bakery.id())).extracting(ProposalSummary::number, ProposalSummary::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ProposalStatus.SUBMITTED),
                            org.assertj.core.groups.Tuple.tuple(1, ProposalStatus.SUPERSEDED));
            assertThat(review.openProposals()).extracting(ProposalSummary::clientId).containsExactly(bakery.id());
            assertThat(openPerClient.openProposalsPerClient()).containsExactly(Map.entry(bakery.id(), 1));
        }
    }

    @Test
    void theAccountantSeesEachChangeWithItsEffectAndAcceptsOneFieldIntoTheFacts() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            facts.save(new SaveFactsCommand(bakery.id(), YEAR, Map.of(
                    "nl-kia", Map.of("investment_total_eur", new BigDecimal("2000")),
                    "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("12000"))), 0));
            asClient(bakersAccount, firm);
            ClientCheck filled = fillBothSteps(0);
            check.submit(new SubmitProposalCommand(YEAR, filled.expectedVersion()));

            asAccountant();
            ProposalSummary open = review.openProposals().getFirst();
            ProposalReview seen = review.review(open.id());
            assertThat(seen.comparison().keys()).containsExactlyInAnyOrder("nl-kia.investment_total_eur",
                    "nl-kor.taxable_turnover_eur");
            FieldChange kia = seen.comparison().changes().stream()
                    .filter(c -> c.key().equals("nl-kia.investment_total_eur")).findFirst().orElseThrow();
            assertThat(kia.currentText()).isEqualTo("€ 2.000,00");
            assertThat(kia.proposedText()).isEqualTo("€ 2.901,00");
            // KIA-02 of the sample cases: 28% of 2,901 = 812.28; 2,000 is below the lower bound of 2,901 and gives 0
            assertThat(kia.effects()).extracting(FigureEffect::scheme).containsExactly("nl-kia");
            assertThat(kia.effects().getFirst().after()).isEqualTo("€ 812,28");
            assertThat(seen.comparison().effects()).anyMatch(e -> e.scheme().equals("nl-kia")
                    && e.difference().compareTo(new BigDecimal("812.28")) == 0);

            review.accept(new AcceptProposalCommand(open.id(), false, Set.of("nl-kia.investment_total_eur"),
                    seen.proposal().rowVersion(), seen.current().version()));

            assertThat(facts.facts(bakery.id(), YEAR).answers("nl-kia").get("investment_total_eur").toString())
                    .isEqualTo("2901");
            assertThat(facts.facts(bakery.id(), YEAR).answers("nl-kor").get("taxable_turnover_eur").toString())
                    .isEqualTo("12000");
            StoredResult result = facts.results(bakery.id(), YEAR).stream()
                    .filter(r -> r.scheme().equals("nl-kia")).findFirst().orElseThrow();
            assertThat(result.figure()).isEqualByComparingTo("812.28");
            ProposalSummary decided = review.proposalsOf(bakery.id()).getFirst();
            assertThat(decided.status()).isEqualTo(ProposalStatus.ACCEPTED);
            assertThat(review.openProposals()).isEmpty();
            List<AuditEvent> trail = audit.latest(50);
            assertThat(trail).anyMatch(e -> e.action().equals("proposal.accepted")
                    && e.after().contains("nl-kia.investment_total_eur") && e.subject().contains("client "
                    + bakery.id()));

            asClient(bakersAccount, firm);
            Proposal seenByClient = check.open(YEAR).proposal();
            assertThat(seenByClient.status()).isEqualTo(ProposalStatus.ACCEPTED);
            assertThat(seenByClient.acceptedFields()).containsExactly("nl-kia.investment_total_eur");
            assertThat(check.figures(YEAR)).anyMatch(f -> f.scheme().equals("nl-kia")
                    && f.figureText().equals("€ 812,28") && !f.outcome().explanation().isEmpty());
        }
    }

    @Test
    void changesRequestedReachTheClientWithTheCommentAndTheNextEditIsANewVersion() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            asClient(bakersAccount, firm);
            check.submit(new SubmitProposalCommand(YEAR, fillBothSteps(0).expectedVersion()));
            asAccountant();
            ProposalSummary open = review.openProposals().getFirst();
            long rowVersion = review.review(open.id()).proposal().rowVersion();
            assertThatThrownBy(() -> new DecideProposalCommand(open.id(), "  ", rowVersion))
                    .isInstanceOf(InvalidInputException.class);
            review.requestChanges(new DecideProposalCommand(open.id(), "Klopt de omzet van 2025?", rowVersion));
            assertThatThrownBy(() -> review.reject(new DecideProposalCommand(open.id(), "Nee", rowVersion)))
                    .isInstanceOf(ChangedMeanwhileException.class);
            long decidedVersion = review.review(open.id()).proposal().rowVersion();
            assertThatThrownBy(() -> review.reject(new DecideProposalCommand(open.id(), "Nee", decidedVersion)))
                    .isInstanceOf(ProposalRefusedException.class);

            asClient(bakersAccount, firm);
            ClientCheck seen = check.open(YEAR);
            assertThat(seen.proposal().status()).isEqualTo(ProposalStatus.CHANGES_REQUESTED);
            assertThat(seen.proposal().comment()).isEqualTo("Klopt de omzet van 2025?");
            ClientCheck next = check.saveStep(new SaveStepCommand(YEAR, "nl-kor",
                    Map.of("taxable_turnover_eur", new BigDecimal("16000")), false, seen.expectedVersion()));
            assertThat(next.proposal().number()).isEqualTo(2);
            assertThat(next.proposal().status()).isEqualTo(ProposalStatus.DRAFT);
        }
    }

    @Test
    void aRejectedProposalCannotBeAcceptedAndADraftIsNeverVisibleToTheAccountant() {
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            asClient(bakersAccount, firm);
            ClientCheck draft = fillBothSteps(0);
            long draftId = draft.proposal().id();
            asAccountant();
            assertThatThrownBy(() -> review.review(draftId)).isInstanceOf(ProposalRefusedException.class);
            assertThatThrownBy(() -> review.accept(new AcceptProposalCommand(draftId, true, Set.of(), 1, 0)))
                    .isInstanceOf(ProposalRefusedException.class);

            asClient(bakersAccount, firm);
            check.submit(new SubmitProposalCommand(YEAR, draft.expectedVersion()));
            asAccountant();
            ProposalReview seen = review.review(draftId);
            review.reject(new DecideProposalCommand(draftId, "Dit jaar is al aangegeven.",
                    seen.proposal().rowVersion()));
            long after = review.review(draftId).proposal().rowVersion();
            assertThatThrownBy(() -> review.accept(new AcceptProposalCommand(draftId, true, Set.of(), after, 0)))
                    .isInstanceOf(ProposalRefusedException.class);
            assertThat(facts.facts(bakery.id(), YEAR).saved()).isFalse();
            assertThat(audit.latest(50)).anyMatch(e -> e.action().equals("proposal.rejected"));

            asClient(bakersAccount, firm);
            assertThat(check.open(YEAR).proposal().status()).isEqualTo(ProposalStatus.REJECTED);
            assertThat(check.open(YEAR).proposal().comment()).isEqualTo("Dit jaar is al aangegeven.");
        }
    }

    @Test
    void aClientReachesOnlyTheirOwnCheckNeverAnotherClientsOfTheSameFirmOrAnotherFirms() {
        Firm other = AsAdministrator.provision(firms, "Ander kantoor " + suffix);
        long otherFirmsClientAccount;
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            asClient(bakersAccount, firm);
            fillBothSteps(0);
        }
        asAccountant();
        try (TenantContext.Scope ignored = TenantContext.enter(other.id())) {
            SignedInForTest.signIn(accountant, "x@voorstel.test", Role.ACCOUNTANT, other.id());
            Client namesake = register.register(new RegisterClientCommand("Namaak " + suffix, Country.NL, "bv"));
            otherFirmsClientAccount = clientAccount("ander-" + suffix + "@voorstel.test", other, namesake.id());
        }
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            asClient(studiosAccount, firm);
            ClientCheck studios = check.open(YEAR);
            assertThat(studios.clientName()).isEqualTo(studio.name());
            assertThat(studios.proposal()).isNull();
            assertThat(studios.prefill().get("nl-kia")).isEmpty();

            // an account of another firm, entered into this firm's tenant, finds no client here
            asClient(otherFirmsClientAccount, other);
            assertThatThrownBy(() -> check.open(YEAR)).isInstanceOf(NotLinkedToClientException.class);

            long unlinked = accounts.create("los-" + suffix + "@voorstel.test", "Los", "{noop}x", Role.CLIENT,
                    firm.id());
            asClient(unlinked, firm);
            assertThatThrownBy(() -> check.open(YEAR)).isInstanceOf(NotLinkedToClientException.class);

            asClient(bakersAccount, firm);
            assertThatThrownBy(() -> review.openProposals()).isInstanceOf(AccessDeniedException.class);
            asAccountant();
            assertThatThrownBy(() -> check.open(YEAR)).isInstanceOf(AccessDeniedException.class);
        }
        try (TenantContext.Scope ignored = TenantContext.enter(other.id())) {
            asClient(otherFirmsClientAccount, other);
            assertThat(check.open(YEAR).proposal()).isNull();
            SignedInForTest.signIn(accountant, "x@voorstel.test", Role.ACCOUNTANT, other.id());
            assertThat(review.openProposals()).isEmpty();
        }
    }
}
