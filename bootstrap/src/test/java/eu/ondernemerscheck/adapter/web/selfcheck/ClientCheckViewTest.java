package eu.ondernemerscheck.adapter.web.selfcheck;

import eu.ondernemerscheck.adapter.web.schemeform.Questionnaire;
import eu.ondernemerscheck.adapter.web.schemeform.SchemeCard;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.proposals.port.in.ClientCheckUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed-in client's own check without a browser: each step, its validation, the order kept by the server, and
 * who may open it. The tenant context is entered as the request filter does (browserless tests run no filters).
 */
@IntegrationTest
class ClientCheckViewTest extends SpringBrowserlessTest {

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
    Client client;
    long account;
    TenantContext.Scope tenant;

    @BeforeEach
    void aDutchClientWithAnAccountAndFactsFromTheAccountant() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.of("nl", "NL"));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        firm = AsAdministrator.provision(firms, "Mijncheck " + suffix);
        long accountant = accounts.create("acc-" + suffix + "@mijncheck.test", "Accountant", "{noop}x",
                Role.ACCOUNTANT, firm.id());
        BrowserlessSignIn.as(context, accountant, "acc-" + suffix + "@mijncheck.test", Role.ACCOUNTANT, firm.id());
        tenant = TenantContext.enter(firm.id());
        client = register.register(new RegisterClientCommand("Bakkerij " + suffix, Country.NL, "eenmanszaak"));
        facts.save(new SaveFactsCommand(client.id(), YEAR, Map.of("nl-kor",
                Map.of("taxable_turnover_eur", new BigDecimal("12000"))), 0));
        account = accounts.create("klant-" + suffix + "@mijncheck.test", "Klant", "{noop}x", Role.CLIENT, firm.id());
        jdbc.update("update platform.app_user set client_id = ? where id = ?", client.id(), account);
        BrowserlessSignIn.as(context, account, "klant-" + suffix + "@mijncheck.test", Role.CLIENT, firm.id());
    }

    @AfterEach
    void leave() {
        tenant.close();
    }

    ClientCheckView open(String path) {
        return navigate("mijn-check/" + path, ClientCheckView.class);
    }

    static TextField field(Questionnaire q, String scheme, String input) {
        return (TextField) q.card(scheme).questions().stream().filter(x -> x.input().name().equals(input))
                .findFirst().orElseThrow().component();
    }

    @Test
    void theFirstStepOpensWithItsQuestionsAndALiveFigureAndNextSavesAndMovesOn() {
        ClientCheckView view = open(String.valueOf(YEAR));
        assertThat(view.step()).isZero();
        assertThat(view.check().clientName()).isEqualTo(client.name());
        SchemeCard kia = view.questionnaire().card("nl-kia");
        String before = kia.figure.getText();

        test(field(view.questionnaire(), "nl-kia", "investment_total_eur")).setValue("2.901");
        assertThat(kia.figure.getText()).isEqualTo("€ 812,28").isNotEqualTo(before);
        test(view.next).click();

        ClientCheckView second = (ClientCheckView) getCurrentView();
        assertThat(second.step()).isEqualTo(1);
        assertThat(field(second.questionnaire(), "nl-kor", "taxable_turnover_eur").getValue())
                .as("prefilled with the accountant's facts").isEqualTo("12.000,00");
        assertThat(checks.open(YEAR).proposal().status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(checks.open(YEAR).prefill().get("nl-kia").get("investment_total_eur").toString())
                .isEqualTo("2901");
    }

    @Test
    void aBadAmountIsExplainedBesideTheFieldNothingIsSavedAndWhatWasTypedStays() {
        ClientCheckView view = open(YEAR + "/1");
        TextField total = field(view.questionnaire(), "nl-kia", "investment_total_eur");

        test(total).setValue("12,34,5");
        test(view.next).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.step()).isZero();
        assertThat(total.isInvalid()).isTrue();
        assertThat(total.getErrorMessage()).contains("1.234,56");
        assertThat(total.getValue()).isEqualTo("12,34,5");
        assertThat(checks.open(YEAR).proposal()).as("nothing saved").isNull();
    }

    @Test
    void skippingAheadOrToTheEndByAddressLandsOnTheFirstIncompleteStep() {
        ClientCheckView atEnd = open(YEAR + "/" + ClientCheckView.END);
        assertThat(atEnd.step()).isZero();
        assertThat(atEnd.stepArea.getElement().getAttribute("data-scheme")).isEqualTo("nl-kia");

        ClientCheckView atTwo = open(YEAR + "/2");
        assertThat(atTwo.step()).isZero();
    }

    @Test
    void aStepThatDoesNotApplyIsCompleteAndTheCheckIsSubmittedAtTheEnd() {
        ClientCheckView view = open(YEAR + "/1");
        test(view.notApplicable).click();
        assertThat(view.questionnaire().isVisible()).isFalse();
        test(view.next).click();
        ClientCheckView kor = (ClientCheckView) getCurrentView();
        test(kor.next).click();

        ClientCheckView end = (ClientCheckView) getCurrentView();
        assertThat(end.step()).isEqualTo(2);
        assertThat(end.stepArea.getElement().getAttribute("data-scheme")).isEqualTo(ClientCheckView.END);
        test(end.submit).click();

        assertThat(checks.open(YEAR).proposal().status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(end.status.getElement().getAttribute("data-status")).isEqualTo("SUBMITTED");
        assertThat(end.submit.isEnabled()).isFalse();
    }

    @Test
    void aDraftIsResumedWhereItWasLeft() {
        ClientCheckView view = open(YEAR + "/1");
        test(field(view.questionnaire(), "nl-kia", "investment_total_eur")).setValue("5.000");
        test(view.save).click();

        ClientCheckView again = open(String.valueOf(YEAR));
        assertThat(again.step()).as("the first incomplete step").isEqualTo(1);
        ClientCheckView first = open(YEAR + "/1");
        assertThat(field(first.questionnaire(), "nl-kia", "investment_total_eur").getValue()).isEqualTo("5.000,00");
        assertThat(first.status.getElement().getAttribute("data-status")).isEqualTo("DRAFT");
    }

    @Test
    void anAccountantDoesNotReachTheClientsCheck() {
        BrowserlessSignIn.as(context, account + 100_000, "acc@mijncheck.test", Role.ACCOUNTANT, firm.id());
        navigate("mijn-check", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ClientCheckView.class);
    }

    @Test
    void aClientAccountWithoutItsClientIsToldToAskForAnInvitation() {
        long loose = accounts.create("los-" + UUID.randomUUID() + "@mijncheck.test", "Los", "{noop}x", Role.CLIENT,
                firm.id());
        BrowserlessSignIn.as(context, loose, "los@mijncheck.test", Role.CLIENT, firm.id());
        navigate("mijn-check", ClientCheckView.class);
        assertThat(find(Paragraph.class).withTextContaining("uitnodiging").exists()).isTrue();
    }
}
