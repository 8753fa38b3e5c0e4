package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import eu.ondernemerscheck.adapter.web.schemeform.ListQuestion;
import eu.ondernemerscheck.adapter.web.schemeform.SchemeCard;
import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client workspace without a browser: the accountant's own client only, facts with live figures and their
 * explanation, saving with results and history, a concurrent edit, typing errors that keep what was typed, rolling a
 * year forward, the profile. The tenant context is entered as the request filter does.
 */
@IntegrationTest
class ClientWorkspaceViewTest extends SpringBrowserlessTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Firm own;
    Firm other;
    Client client;
    TenantContext.Scope tenant;

    @BeforeEach
    void anAccountantWithOneDutchClient() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        own = AsAdministrator.provision(firms, "Werkplek " + suffix);
        other = AsAdministrator.provision(firms, "Ander " + suffix);
        String email = "accountant-" + suffix + "@example.nl";
        accountantId = accounts.create(email, "Accountant", "{noop}niet-te-gebruiken", Role.ACCOUNTANT, own.id());
        accountantEmail = email;
        signIn();
        tenant = TenantContext.enter(own.id());
        client = register.register(new RegisterClientCommand("Bakkerij " + suffix, Country.NL, "eenmanszaak"));
    }

    long accountantId;
    String accountantEmail;

    void signIn() {
        SharedContextSecurity.useSharedStrategy(context);
        SignedInForTest.signIn(accountantId, accountantEmail, Role.ACCOUNTANT, own.id());
        SharedContextSecurity.keepInVaadinSession(SecurityContextHolder.getContext());
    }

    @AfterEach
    void leaveTheTenant() {
        tenant.close();
    }

    ClientWorkspaceView open(int year) {
        com.vaadin.flow.component.UI.getCurrent().navigate("klanten/" + client.id(),
                com.vaadin.flow.router.QueryParameters.of("jaar", String.valueOf(year)));
        return (ClientWorkspaceView) getCurrentView();
    }

    static TextField field(SchemeCard card, String input) {
        return (TextField) card.question(input).component();
    }

    @Test
    void changingAFactChangesTheFigureAndItsExplanationAndSavingKeepsTheResultWithItsRateVersion() {
        ClientWorkspaceView view = open(2025);
        assertThat(find(H2.class).first().getText()).isEqualTo(client.name());
        SchemeCard kia = view.questionnaire.card("nl-kia");
        assertThat(kia.questions()).extracting(q -> q.input().name())
                .as("every input of the scheme, lists included")
                .containsExactly("assets", "investment_total_eur", "vat_deductible", "partner_profit_shares");

        test(field(kia, "investment_total_eur")).setValue("10.000");
        // 28% of 10,000 on the 2025 table
        assertThat(kia.figure.getText()).isEqualTo("€ 2.800,00");
        test(kia.explanation().orElseThrow()).openDetails();
        assertThat(find(ListItem.class, kia.explanation().orElseThrow()).all()).anyMatch(li -> li.getElement()
                .getTextRecursively().contains("10.000"));

        test(field(kia, "investment_total_eur")).setValue("20.000");
        assertThat(kia.figure.getText()).isEqualTo("€ 5.600,00");
        assertThat(find(ListItem.class, kia.explanation().orElseThrow()).all()).anyMatch(li -> li.getElement()
                .getTextRecursively().contains("20.000"));

        test(view.save).click();

        List<StoredResult> stored = facts.results(client.id(), 2025);
        assertThat(stored).extracting(StoredResult::scheme).containsExactly("nl-kia");
        assertThat(stored.getFirst().figure()).isEqualByComparingTo("5600.00");
        assertThat(view.results.getListDataView().getItems()).extracting(ClientWorkspaceView::figure)
                .containsExactly("€ 5.600,00");
        assertThat(view.yearMessage.getText()).contains("bewaard");
    }

    @Test
    void assetsAndPartnersSharesAreAskedAsListsAndSavedAsTheEngineReadsThem() {
        ClientWorkspaceView view = open(2025);
        SchemeCard kia = view.questionnaire.card("nl-kia");
        ListQuestion assets = kia.question("assets").rows().orElseThrow();
        ListQuestion.Row row = assets.addRow();
        test((TextField) row.question("description").component()).setValue("Bestelbus");
        test((TextField) row.question("amount_excl_vat_eur").component()).setValue("12.500");
        test((TextField) kia.question("partner_profit_shares").component()).setValue("60; 40");

        // 28% of 12,500, split 60/40
        assertThat(kia.figure.getText()).isEqualTo("€ 3.500,00");
        test(view.save).click();

        Map<String, Object> saved = facts.facts(client.id(), 2025).answers("nl-kia");
        assertThat(saved.get("assets").toString()).contains("Bestelbus", "12500");
        assertThat(saved.get("partner_profit_shares").toString()).isEqualTo("[0.60, 0.40]");
    }

    @Test
    void aTypingErrorIsShownBesideTheFieldKeepsWhatWasTypedAndSavesNothing() {
        ClientWorkspaceView view = open(2025);
        TextField total = field(view.questionnaire.card("nl-kia"), "investment_total_eur");
        test(total).setValue("12,34,5");

        test(view.save).click();

        assertThat(total.isInvalid()).isTrue();
        assertThat(total.getErrorMessage()).contains("1.234,56");
        assertThat(total.getValue()).isEqualTo("12,34,5");
        assertThat(view.yearMessage.getText()).contains("niets bewaard");
        assertThat(facts.facts(client.id(), 2025).saved()).isFalse();
    }

    @Test
    void aConcurrentSaveIsRefusedWithWhoChangedItAndWhen() {
        ClientWorkspaceView view = open(2025);
        facts.save(new SaveFactsCommand(client.id(), 2025,
                Map.of("nl-kia", Map.of("investment_total_eur", new BigDecimal("5000"))), 0));
        test(field(view.questionnaire.card("nl-kia"), "investment_total_eur")).setValue("7.000");

        test(view.save).click();

        Component conflict = view.yearArea.getChildren().filter(c -> c.hasClassName("oc-conflict")).findFirst()
                .orElseThrow();
        assertThat(conflict.getElement().getTextRecursively()).contains("gewijzigd door", "@example.nl")
                .contains("2026").doesNotContain("Exception");
        assertThat(facts.facts(client.id(), 2025).answers("nl-kia").get("investment_total_eur").toString())
                .isEqualTo("5000");
        test(find(Button.class, conflict).withText("Opnieuw laden").single()).click();
        assertThat(field(view.questionnaire.card("nl-kia"), "investment_total_eur").getValue()).isEqualTo("5.000,00");
    }

    @Test
    void rollingForwardOpensTheNextYearAndAsksBeforeReplacingItsFacts() {
        facts.save(new SaveFactsCommand(client.id(), 2024,
                Map.of("nl-kia", Map.of("investment_total_eur", new BigDecimal("2850"))), 0));
        ClientWorkspaceView view = open(2024);
        test(view.rollForwardButton).click();

        assertThat(view.year.getValue()).isEqualTo(2025);
        // 2,850 is under the 2025 lower bound of 2,900
        assertThat(view.questionnaire.card("nl-kia").figure.getText()).isEqualTo("€ 0,00");
        assertThat(find(ListItem.class, view.yearArea).all()).anyMatch(li -> li.getElement().getTextRecursively()
                .contains("Net onder de KIA-ondergrens"));

        ClientWorkspaceView again = open(2024);
        test(again.rollForwardButton).click();
        Dialog confirm = $(Dialog.class).single();
        assertThat(confirm.getHeaderTitle()).isEqualTo("2025 heeft al gegevens");
        test(find(Button.class, confirm).withText("Vervangen").single()).click();
        assertThat(facts.facts(client.id(), 2025).version()).isEqualTo(2);
    }

    @Test
    void aSchemeIsTakenOutOfTheYearAfterConfirmationAndItsResultDisappears() {
        facts.save(new SaveFactsCommand(client.id(), 2025, Map.of(
                "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("19000")),
                "nl-kia", Map.of("investment_total_eur", new BigDecimal("10000"))), 0));
        ClientWorkspaceView view = open(2025);
        assertThat(view.removeButtons).containsOnlyKeys("nl-kor", "nl-kia");
        assertThat(view.results.getListDataView().getItems()).hasSize(2);

        test(view.removeButtons.get("nl-kor")).click();
        Dialog confirm = $(Dialog.class).single();
        test(find(Button.class, confirm).withText("Annuleren").single()).click();
        assertThat(facts.facts(client.id(), 2025).answers()).containsOnlyKeys("nl-kor", "nl-kia");

        test(view.removeButtons.get("nl-kor")).click();
        Dialog again = $(Dialog.class).single();
        assertThat(again.getElement().getTextRecursively()).contains("2025", "gewist");
        test(find(Button.class, again).withText("Uit dit jaar halen").single()).click();

        assertThat(facts.facts(client.id(), 2025).answers()).containsOnlyKeys("nl-kia");
        assertThat(facts.results(client.id(), 2025)).extracting(StoredResult::scheme).containsExactly("nl-kia");
        assertThat(view.removeButtons).containsOnlyKeys("nl-kia");
        assertThat(view.results.getListDataView().getItems()).extracting(StoredResult::scheme)
                .containsExactly("nl-kia");
        assertThat(view.yearMessage.getText()).contains("uit 2025 gehaald");
        assertThat(view.questionnaire.card("nl-kor").getElement().getAttribute("data-used")).isEqualTo("false");
        assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where firm_id = ? and action = "
                + "'client.facts.scheme_removed'", Integer.class, own.id().value())).isOne();
    }

    @Test
    void removingASchemeSomeoneElseChangedMeanwhileIsRefusedWithWhoAndWhen() {
        facts.save(new SaveFactsCommand(client.id(), 2025, Map.of(
                "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("19000"))), 0));
        ClientWorkspaceView view = open(2025);
        facts.save(new SaveFactsCommand(client.id(), 2025, Map.of(
                "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("18000"))), 1));

        test(view.removeButtons.get("nl-kor")).click();
        test(find(Button.class, $(Dialog.class).single()).withText("Uit dit jaar halen").single()).click();

        Component conflict = view.yearArea.getChildren().filter(c -> c.hasClassName("oc-conflict")).findFirst()
                .orElseThrow();
        assertThat(conflict.getElement().getTextRecursively()).contains("gewijzigd door", "@example.nl")
                .doesNotContain("Exception");
        assertThat(facts.facts(client.id(), 2025).answers()).containsOnlyKeys("nl-kor");
    }

    @Test
    void aYearWithoutSavedFactsOffersNothingToRemove() {
        ClientWorkspaceView view = open(2025);
        assertThat(view.removeButtons).isEmpty();
    }

    @Test
    void theProfileKeepsPartnersAndSaysWhatIsWrongInPlainWords() {
        ClientWorkspaceView view = open(2025);
        ProfileForm form = view.profileForm;
        ProfileForm.PartnerRow anna = form.addPartner("Anna", null);
        ProfileForm.PartnerRow bram = form.addPartner("Bram", null);
        test(anna.share()).setValue("50");
        test(bram.share()).setValue("40");

        test(form.save).click();

        assertThat(form.message.getText()).contains("samen 100%, nu 90%");
        assertThat(bram.share().getValue()).isEqualTo("40");
        test(bram.share()).setValue("50");
        test(form.save).click();
        assertThat(form.message.getText()).isEqualTo("Profiel bewaard.");
        assertThat(open(2025).profileForm.partners).extracting(p -> p.name().getValue())
                .containsExactly("Anna", "Bram");
    }

    @Test
    void anotherFirmsClientAndAMissingIdBothReadAsDoesNotExist() {
        // ids are per firm, so the other firm's client gets an id this firm does not use
        long othersClient = jdbc.queryForObject("insert into " + other.id().schemaName() + ".client (id, name, "
                + "country) overriding system value values (?, 'Van een ander', 'NL') returning id", Long.class,
                client.id() + 1000);
        String foreign = text(navigate("klanten/" + othersClient, ClientWorkspaceView.class));
        String missing = text(navigate("klanten/" + Long.MAX_VALUE, ClientWorkspaceView.class));
        String garbage = text(navigate("klanten/abc", ClientWorkspaceView.class));

        assertThat(foreign).contains("Deze klant bestaat niet").doesNotContain("Van een ander");
        assertThat(missing).isEqualTo(foreign);
        assertThat(garbage).isEqualTo(foreign);
    }

    @Test
    @WithMockUser(roles = "CLIENT")
    void aClientAccountDoesNotReachTheWorkspace() {
        SecurityContextHolder.clearContext();
        SharedContextSecurity.signIn(context, new org.springframework.security.authentication
                .UsernamePasswordAuthenticationToken("klant@example.nl", null, List.of(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_CLIENT"))));
        navigate("klanten/" + client.id(), Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ClientWorkspaceView.class);
        navigate("portefeuille", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(PortfolioView.class);
        navigate("signalen", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SignalsView.class);
    }

    private static String text(ClientWorkspaceView view) {
        return view.getElement().getTextRecursively();
    }
}
