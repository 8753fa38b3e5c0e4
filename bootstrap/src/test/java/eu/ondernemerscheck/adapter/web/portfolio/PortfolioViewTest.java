package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.server.VaadinSession;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.ClientProfileUseCase;
import eu.ondernemerscheck.application.clients.port.in.PortfolioUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.in.SaveProfileCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.proposals.port.in.ClientCheck;
import eu.ondernemerscheck.application.proposals.port.in.ClientCheckUseCase;
import eu.ondernemerscheck.application.proposals.port.in.SaveStepCommand;
import eu.ondernemerscheck.application.proposals.port.in.SubmitProposalCommand;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.ClientProfile;
import eu.ondernemerscheck.domain.portfolio.FirmSignal;
import eu.ondernemerscheck.domain.portfolio.PortfolioRow;
import eu.ondernemerscheck.domain.portfolio.SignalKind;
import eu.ondernemerscheck.domain.portfolio.VatPosition;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.BrowserlessSignIn;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portfolio and the firm's signal list without a browser, on a firm with three clients of known facts (and one
 * submitted proposal): the columns of the issue, sorting, filters and search done by the database, the filters kept in
 * the address, the signals ranked by euro value linking to the field concerned, and who may see what. The tenant
 * context is entered as the request filter does.
 */
@IntegrationTest
class PortfolioViewTest extends SpringBrowserlessTest {

    static final int YEAR = 2025;

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientProfileUseCase profiles;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    ClientCheckUseCase checks;
    @Autowired
    PortfolioUseCase portfolioUseCase;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    TwoFirms twoFirms;
    Firm firm;
    long accountant;
    String suffix;
    Client bakker;
    Client kapper;
    Client schilder;
    TenantContext.Scope tenant;

    @BeforeEach
    void aFirmWithThreeClientsOfKnownFacts() {
        // made before anyone signs in: the browserless session's user would win over the administrator's
        twoFirms = TwoFirms.of(context);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        firm = AsAdministrator.provision(firms, "Portefeuillescherm " + suffix);
        accountant = accounts.create("acc-" + suffix + "@portefeuille.test", "Accountant", "{noop}x",
                Role.ACCOUNTANT, firm.id());
        asAccountant();
        tenant = TenantContext.enter(firm.id());
        bakker = client("Bakkerij Jansen", Country.NL, "eenmanszaak", VatPosition.KOR);
        kapper = client("Kapsalon Peeters", Country.BE, "bv", VatPosition.REGULAR);
        schilder = client("Schildersbedrijf De Vries", Country.NL, "vof", VatPosition.REGULAR);
        facts.save(new SaveFactsCommand(bakker.id(), YEAR, Map.of(
                "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("19000")),
                "nl-kia", Map.of("investment_total_eur", new BigDecimal("10000"))), 0));
        facts.save(new SaveFactsCommand(kapper.id(), YEAR, Map.of(
                "be-company-car-benefit", Map.of("fuel", "electric", "catalogue_value_eur",
                        new BigDecimal("45000"), "first_registration", "2024-03")), 0));
        facts.save(new SaveFactsCommand(schilder.id(), YEAR, Map.of(
                "nl-kia", Map.of("investment_total_eur", new BigDecimal("40000"))), 0));

        long clientAccount = accounts.create("klant-" + suffix + "@portefeuille.test", "Klant", "{noop}x",
                Role.CLIENT, firm.id());
        jdbc.update("update platform.app_user set client_id = ? where id = ?", bakker.id(), clientAccount);
        BrowserlessSignIn.as(context, clientAccount, "klant-" + suffix + "@portefeuille.test", Role.CLIENT,
                firm.id());
        ClientCheck kia = checks.saveStep(new SaveStepCommand(YEAR, "nl-kia",
                Map.of("investment_total_eur", new BigDecimal("12000")), false, 0));
        ClientCheck kor = checks.saveStep(new SaveStepCommand(YEAR, "nl-kor",
                Map.of("taxable_turnover_eur", new BigDecimal("19000")), false, kia.expectedVersion()));
        checks.submit(new SubmitProposalCommand(YEAR, kor.expectedVersion()));
        asAccountant();
    }

    Client client(String name, Country country, String form, VatPosition vat) {
        Client c = register.register(new RegisterClientCommand(name, country, form));
        ClientProfile p = profiles.profile(c.id());
        profiles.save(new SaveProfileCommand(c.id(), name, country, form, vat, null, List.of(), p.version()));
        return c;
    }

    void asAccountant() {
        BrowserlessSignIn.as(context, accountant, "acc-" + suffix + "@portefeuille.test", Role.ACCOUNTANT, firm.id());
    }

    @AfterEach
    void leaveTheTenant() {
        tenant.close();
    }

    /** Opens the portfolio at an address such as {@code portefeuille?jaar=2025&land=NL}, as a typed address does. */
    PortfolioView portfolio(String address) {
        int question = address.indexOf('?');
        if (question < 0) {
            return navigate(address, PortfolioView.class);
        }
        com.vaadin.flow.component.UI.getCurrent().navigate(address.substring(0, question),
                com.vaadin.flow.router.QueryParameters.fromString(address.substring(question + 1)));
        return (PortfolioView) getCurrentView();
    }

    static List<String> names(GridTester<?, PortfolioRow> grid) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            names.add(grid.getRow(i).name());
        }
        return names;
    }

    static int rowOf(GridTester<?, PortfolioRow> grid, String name) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not in the grid");
    }

    @Test
    void theGridShowsTheFirmsClientsWithTheFiguresTheTopSignalAndOpenProposals() {
        PortfolioView view = portfolio("portefeuille?jaar=" + YEAR);
        GridTester<?, PortfolioRow> grid = test(view.grid);

        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8)).extracting(grid::getHeaderCell).containsExactly("Klant",
                "Land", "Rechtsvorm", "KOR / vrijstelling", "KIA", "VAA", "Aftrekbare autokosten",
                "Open voorstellen", "Belangrijkste signaal");
        assertThat(names(grid)).containsExactlyInAnyOrder("Bakkerij Jansen", "Kapsalon Peeters",
                "Schildersbedrijf De Vries");
        roundTrip();
        assertThat(view.count.getText()).isEqualTo("3 klanten");
        assertThat(grid.getRow(0).name()).as("the most valuable signal first").isEqualTo("Bakkerij Jansen");

        int row = rowOf(grid, "Bakkerij Jansen");
        assertThat(grid.getCellText(row, 1)).isEqualTo("Nederland");
        assertThat(grid.getCellText(row, 2)).isEqualTo("eenmanszaak");
        assertThat(grid.getCellText(row, 3)).isEqualTo("KOR mogelijk");
        // 28% of 10,000 on the 2025 table
        assertThat(grid.getCellText(row, 4)).isEqualTo("€ 2.800,00");
        assertThat(grid.getCellText(row, 7)).as("the submitted proposal").isEqualTo("1");
        // turnover of 19,000 near the KOR threshold: 21% VAT on it is at stake
        // the kind of signal in a few words; its sentence is in the client's workspace and the signal list
        assertThat(grid.getCellText(row, 8)).isIn(java.util.Arrays.stream(SignalKind.values())
                .map(k -> "€ 3.990,00 · " + k.label()).toList());
        assertThat(grid.getLitRendererPropertyValue(row, 0, "href", String.class))
                .isEqualTo("klanten/" + bakker.id() + "?jaar=" + YEAR);

        int belgian = rowOf(grid, "Kapsalon Peeters");
        assertThat(grid.getCellText(belgian, 1)).isEqualTo("België");
        assertThat(grid.getCellText(belgian, 5)).startsWith("€ ").isNotEqualTo("€ 0,00");
        assertThat(grid.getCellText(belgian, 4)).as("no KIA facts: no figure").isEmpty();
        assertThat(grid.getCellText(rowOf(grid, "Schildersbedrijf De Vries"), 7)).isEqualTo("0");
        // the provisional-rate mark beside the name follows the row's flag
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getLitRendererPropertyValue(i, 0, "provisional", Boolean.class))
                    .isEqualTo(grid.getRow(i).provisional());
        }

        grid.clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(ClientWorkspaceView.class);
    }

    @Test
    void sortingFilteringAndSearchingChangeTheRowsTheCountAndTheAddress() {
        PortfolioView view = portfolio("portefeuille?jaar=" + YEAR);
        GridTester<?, PortfolioRow> grid = test(view.grid);

        grid.sortByColumn(4, SortDirection.DESCENDING);
        assertThat(names(grid)).containsExactly("Schildersbedrijf De Vries", "Bakkerij Jansen", "Kapsalon Peeters");
        assertThat(view.addressParameters().getQueryString()).contains("sorteer=kia", "richting=af",
                "jaar=" + YEAR);
        grid.sortByColumn(0, SortDirection.ASCENDING);
        assertThat(names(grid)).containsExactly("Bakkerij Jansen", "Kapsalon Peeters", "Schildersbedrijf De Vries");

        view.country.pick("België");
        assertThat(names(grid)).containsExactly("Kapsalon Peeters");
        roundTrip();
        assertThat(view.count.getText()).isEqualTo("1 klant");
        assertThat(view.addressParameters().getParameters()).containsEntry("land", List.of("BE"));

        view.country.pick("Alle landen");
        view.legalForm.pick("vof");
        assertThat(names(grid)).containsExactly("Schildersbedrijf De Vries");

        view.legalForm.pick("Alle rechtsvormen");
        view.signal.pick("Zonder signaal");
        assertThat(names(grid)).containsExactly("Schildersbedrijf De Vries");
        view.signal.pick("Met een signaal");
        assertThat(names(grid)).contains("Bakkerij Jansen").doesNotContain("Schildersbedrijf De Vries");
        assertThat(view.addressParameters().getParameters()).containsEntry("signaal", List.of("met"));

        view.signal.pick("Alle klanten");
        test(view.search).setValue("JANS");
        assertThat(names(grid)).containsExactly("Bakkerij Jansen");
        assertThat(view.addressParameters().getParameters()).containsEntry("zoek", List.of("JANS"));

        test(view.search).setValue("Niemand zo genaamd");
        assertThat(grid.size()).isZero();
        roundTrip();
        assertThat(view.count.getText()).isEqualTo("Geen klanten");
        assertThat(view.grid.getEmptyStateText()).startsWith("Geen klanten gevonden met deze zoekterm");

        view.year.pick(String.valueOf(YEAR - 1));
        test(view.search).clear();
        assertThat(grid.size()).as("every client is listed in a year without facts").isEqualTo(3);
        assertThat(grid.getCellText(rowOf(grid, "Bakkerij Jansen"), 4)).isEmpty();
    }

    @Test
    void theFiltersOfferTheirChoicesToTheBrowserAndIgnoreAChoiceTheyDoNotOffer() {
        PortfolioView view = portfolio("portefeuille?jaar=" + YEAR);
        GridTester<?, PortfolioRow> grid = test(view.grid);

        assertThat(view.country.getElement().getTag()).isEqualTo("vaadin-select");
        assertThat(view.country.getElement().getProperty("label")).isEqualTo("Land");
        assertThat(view.country.getElement().getPropertyRaw("items").toString())
                .contains("\"label\":\"Alle landen\"", "\"label\":\"Nederland\"", "\"value\":\"NL\"",
                        "\"label\":\"België\"", "\"value\":\"BE\"");
        assertThat(view.legalForm.getElement().getPropertyRaw("items").toString())
                .contains("\"label\":\"vof\"", "\"label\":\"eenmanszaak\"");
        assertThat(view.year.getElement().getProperty("value")).isEqualTo(String.valueOf(YEAR));

        view.country.setModelValue("BE", true);
        assertThat(names(grid)).containsExactly("Kapsalon Peeters");
        view.country.setModelValue("XX'; drop table client; --", true);
        assertThat(view.country.getValue()).isEqualTo("BE");
        assertThat(view.country.getElement().getProperty("value")).isEqualTo("BE");
        assertThat(names(grid)).containsExactly("Kapsalon Peeters");
        assertThatThrownBy(() -> view.year.setValue("1999")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAddressRestoresFiltersAndSortAfterGoingBackAndIgnoresWhatItDoesNotKnow() {
        PortfolioView view = portfolio("portefeuille?jaar=" + YEAR + "&land=NL&sorteer=kia&richting=af&zoek=e");
        GridTester<?, PortfolioRow> grid = test(view.grid);

        assertThat(view.chosenYear()).isEqualTo(YEAR);
        assertThat(view.country.getValue()).isEqualTo("NL");
        assertThat(view.search.getValue()).isEqualTo("e");
        assertThat(grid.getSortDirection(4)).isEqualTo(SortDirection.DESCENDING);
        assertThat(names(grid)).containsExactly("Schildersbedrijf De Vries", "Bakkerij Jansen");
        assertThat(view.addressParameters().getParameters()).containsEntry("land", List.of("NL"))
                .containsEntry("sorteer", List.of("kia")).containsEntry("richting", List.of("af"))
                .containsEntry("zoek", List.of("e")).containsEntry("jaar", List.of(String.valueOf(YEAR)));

        PortfolioView odd = portfolio("portefeuille?jaar=abc&land=XX&vorm=onbekend&sorteer=drop-table&signaal=x");
        assertThat(odd.country.selectedLabel()).contains("Alle landen");
        assertThat(odd.legalForm.selectedLabel()).contains("Alle rechtsvormen");
        assertThat(odd.signal.selectedLabel()).contains("Alle klanten");
        assertThat(odd.chosenYear()).isEqualTo(portfolioUseCase.currentYear());
        assertThat(odd.addressParameters().getParameters()).isEmpty();
        assertThat(test(odd.grid).size()).isEqualTo(3);
    }

    @Test
    void signalsAreRankedByEuroAndEachLinksToTheClientAtTheFieldConcerned() {
        SignalsView view = navigate("signalen", SignalsView.class);
        test(view.year).selectItem(String.valueOf(YEAR));
        GridTester<?, FirmSignal> grid = test(view.grid);

        assertThat(grid.size()).isPositive();
        List<BigDecimal> euros = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            euros.add(grid.getRow(i).signal().euro());
        }
        assertThat(euros).isSortedAccordingTo((a, b) -> b.compareTo(a));
        roundTrip();
        assertThat(view.count.getText()).isEqualTo(grid.size() == 1 ? "1 signaal" : grid.size() + " signalen");
        FirmSignal top = grid.getRow(0);
        assertThat(top.clientName()).isEqualTo("Bakkerij Jansen");
        assertThat(grid.getCellText(0, 0)).isEqualTo("€ 3.990,00");
        String href = grid.getLitRendererPropertyValue(0, 1, "href", String.class);
        assertThat(href).startsWith("klanten/" + bakker.id() + "?jaar=" + YEAR + "&veld=nl-kor");

        grid.clickRow(0);
        ClientWorkspaceView workspace = (ClientWorkspaceView) getCurrentView();
        assertThat(workspace.year.getValue()).isEqualTo(YEAR);
        assertThat(workspace.questionnaire.card("nl-kor").questions()).anyMatch(q -> "true".equals(q.component()
                .getElement().getAttribute("data-signal")));

        SignalsView empty = navigate("signalen", SignalsView.class);
        test(empty.year).selectItem(String.valueOf(YEAR - 1));
        assertThat(test(empty.grid).size()).isZero();
        roundTrip();
        assertThat(empty.count.getText()).isEqualTo("Geen signalen");
        assertThat(empty.grid.getEmptyStateText()).startsWith("Geen signalen voor dit jaar");
    }

    @Test
    void anAccountantOfAnotherFirmSeesOnlyThatFirmsClientsAndSignals() {
        tenant.close();
        TwoFirms f = twoFirms;
        BrowserlessSignIn.as(context, f.accountantB, f.email("accountant-b"), Role.ACCOUNTANT, f.b.id());
        tenant = TenantContext.enter(f.b.id());

        PortfolioView view = portfolio("portefeuille");
        List<String> shown = names(test(view.grid));
        assertThat(shown).hasSize(f.clientsOfB.size()).allMatch(n -> n.contains(f.markerB()))
                .noneMatch(n -> n.contains(f.markerA()) || n.contains("Bakkerij Jansen"));
        test(view.search).setValue("ALLEEN-A");
        assertThat(test(view.grid).size()).isZero();

        SignalsView signals = navigate("signalen", SignalsView.class);
        for (int year : List.of(YEAR, YEAR + 1)) {
            test(signals.year).selectItem(String.valueOf(year));
            GridTester<?, FirmSignal> grid = test(signals.grid);
            for (int i = 0; i < grid.size(); i++) {
                assertThat(grid.getRow(i).clientName()).contains(f.markerB());
            }
        }
    }

    @Test
    void clientsAdministratorsAndAnonymousVisitorsDoNotReachThePortfolioOrTheSignals() {
        long clientAccount = accounts.create("ander-" + suffix + "@portefeuille.test", "Klant", "{noop}x",
                Role.CLIENT, firm.id());
        BrowserlessSignIn.as(context, clientAccount, "ander-" + suffix + "@portefeuille.test", Role.CLIENT,
                firm.id());
        assertRefused();

        BrowserlessSignIn.as(context, 1, "beheer-" + suffix + "@portefeuille.test", Role.ADMIN, null);
        assertRefused();

        SharedContextSecurity.useSharedStrategy(context);
        VaadinSession.getCurrent().getSession().removeAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.clearContext();
        assertRefused();
    }

    private void assertRefused() {
        navigate("portefeuille", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(PortfolioView.class);
        navigate("signalen", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SignalsView.class);
    }
}
