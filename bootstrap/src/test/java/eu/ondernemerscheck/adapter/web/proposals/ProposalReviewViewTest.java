package eu.ondernemerscheck.adapter.web.proposals;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.proposals.port.in.ClientCheck;
import eu.ondernemerscheck.application.proposals.port.in.ClientCheckUseCase;
import eu.ondernemerscheck.application.proposals.port.in.SaveStepCommand;
import eu.ondernemerscheck.application.proposals.port.in.SubmitProposalCommand;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.proposals.FieldChange;
import eu.ondernemerscheck.domain.proposals.Proposal;
import eu.ondernemerscheck.domain.proposals.ProposalStatus;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.BrowserlessSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accountant's review of a submitted check without a browser: the list, the fields beside the facts with their
 * effect, accepting one field, asking for changes (a comment is required) and who may open it.
 */
@IntegrationTest
class ProposalReviewViewTest extends SpringBrowserlessTest {

    static final int YEAR = 2025;

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    ClientCheckUseCase checks;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    Firm firm;
    Firm other;
    Client client;
    long accountant;
    String suffix;
    Proposal submitted;
    TenantContext.Scope tenant;

    @BeforeEach
    void aClientSubmittedAChangeOfBothDutchSchemes() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        firm = AsAdministrator.provision(firms, "Beoordeling " + suffix);
        // provisioned before anyone signs in: the browserless session's user would win over the administrator's
        other = AsAdministrator.provision(firms, "Ander " + suffix);
        accountant = accounts.create("acc-" + suffix + "@review.test", "Accountant", "{noop}x", Role.ACCOUNTANT,
                firm.id());
        asAccountant();
        tenant = TenantContext.enter(firm.id());
        client = register.register(new RegisterClientCommand("Studio " + suffix, Country.NL, "vof"));
        facts.save(new SaveFactsCommand(client.id(), YEAR, Map.of(
                "nl-kia", Map.of("investment_total_eur", new BigDecimal("2000")),
                "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("12000"))), 0));
        long clientAccount = accounts.create("klant-" + suffix + "@review.test", "Klant", "{noop}x", Role.CLIENT,
                firm.id());
        jdbc.update("update platform.app_user set client_id = ? where id = ?", client.id(), clientAccount);
        BrowserlessSignIn.as(context, clientAccount, "klant-" + suffix + "@review.test", Role.CLIENT, firm.id());
        ClientCheck kia = checks.saveStep(new SaveStepCommand(YEAR, "nl-kia",
                Map.of("investment_total_eur", new BigDecimal("2901")), false, 0));
        ClientCheck kor = checks.saveStep(new SaveStepCommand(YEAR, "nl-kor",
                Map.of("taxable_turnover_eur", new BigDecimal("15000")), false, kia.expectedVersion()));
        submitted = checks.submit(new SubmitProposalCommand(YEAR, kor.expectedVersion())).proposal();
        asAccountant();
    }

    void asAccountant() {
        BrowserlessSignIn.as(context, accountant, "acc-" + suffix + "@review.test", Role.ACCOUNTANT, firm.id());
    }

    @AfterEach
    void leave() {
        tenant.close();
    }

    @Test
    void theOpenProposalIsListedAndOpensFieldByFieldWithTheEffectOnEachFigure() {
        ProposalsView list = navigate(ProposalsView.class);
        assertThat(list.grid.getListDataView().getItems()).anyMatch(p -> p.id() == submitted.id()
                && p.clientName().equals(client.name()));

        ProposalReviewView view = navigate("voorstel/" + submitted.id(), ProposalReviewView.class);
        assertThat(view.changes.getListDataView().getItems().map(FieldChange::key))
                .containsExactlyInAnyOrder("nl-kia.investment_total_eur", "nl-kor.taxable_turnover_eur");
        FieldChange kia = view.changes.getListDataView().getItems()
                .filter(c -> c.scheme().equals("nl-kia")).findFirst().orElseThrow();
        assertThat(kia.currentText()).isEqualTo("€ 2.000,00");
        assertThat(kia.proposedText()).isEqualTo("€ 2.901,00");
        assertThat(kia.effects()).anyMatch(e -> e.after().equals("€ 812,28"));
        assertThat(view.figures.getListDataView().getItems()).anyMatch(e -> e.scheme().equals("nl-kia")
                && e.before().equals("€ 0,00") && e.after().equals("€ 812,28"));
    }

    @Test
    void acceptingOnlyTheChosenFieldMakesItAFactAndRecomputes() {
        ProposalReviewView view = navigate("voorstel/" + submitted.id(), ProposalReviewView.class);
        view.changes.getListDataView().getItems().filter(c -> c.scheme().equals("nl-kor"))
                .forEach(view.changes::deselect);

        test(view.acceptSelected).click();

        assertThat(getCurrentView()).isInstanceOf(ProposalsView.class);
        assertThat(facts.facts(client.id(), YEAR).answers("nl-kia").get("investment_total_eur").toString())
                .isEqualTo("2901");
        assertThat(facts.facts(client.id(), YEAR).answers("nl-kor").get("taxable_turnover_eur").toString())
                .isEqualTo("12000");
        assertThat(facts.results(client.id(), YEAR)).anyMatch(r -> r.scheme().equals("nl-kia")
                && r.figureText().equals("€ 812,28"));
        ProposalReviewView decided = navigate("voorstel/" + submitted.id(), ProposalReviewView.class);
        assertThat(decided.review().proposal().status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(decided.acceptAll).as("no decision on a decided proposal").isNull();
    }

    @Test
    void askingForChangesNeedsACommentThatReachesTheClient() {
        ProposalReviewView view = navigate("voorstel/" + submitted.id(), ProposalReviewView.class);
        test(view.requestChanges).click();
        assertThat(view.comment.isInvalid()).isTrue();
        assertThat(getCurrentView()).isSameAs(view);

        test(view.comment).setValue("Klopt de omzet?");
        test(view.requestChanges).click();

        assertThat(getCurrentView()).isInstanceOf(ProposalsView.class);
        assertThat(facts.facts(client.id(), YEAR).answers("nl-kia").get("investment_total_eur").toString())
                .isEqualTo("2000");
        assertThat(jdbc.queryForObject("select status || ':' || comment from " + firm.id().schemaName()
                + ".proposal where id = ?", String.class, submitted.id())).isEqualTo("CHANGES_REQUESTED:Klopt de omzet?");
    }

    @Test
    void anotherFirmsAccountantFindsNoSuchProposal() {
        tenant.close();
        tenant = TenantContext.enter(other.id());
        BrowserlessSignIn.as(context, accountant + 1, "ander@review.test", Role.ACCOUNTANT, other.id());

        ProposalReviewView view = navigate("voorstel/" + submitted.id(), ProposalReviewView.class);
        assertThat(view.review()).isNull();
        assertThat(find(Paragraph.class).withTextContaining("bestaat niet").exists()).isTrue();
    }

    @Test
    void aClientDoesNotReachTheReview() {
        BrowserlessSignIn.as(context, accountant + 2, "klant@review.test", Role.CLIENT, firm.id());
        navigate("voorstel/" + submitted.id(), Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ProposalReviewView.class);
        navigate("voorstellen", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ProposalsView.class);
    }
}
