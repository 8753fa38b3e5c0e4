package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.browserless.SpringBrowserlessTest;
import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.PortfolioRow;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An accountant invites a client from the portfolio; the invitation and the new client land in the accountant's own
 * firm. The tenant context is entered as the request filter does (browserless tests run no servlet filters).
 */
@IntegrationTest
class InviteClientViewTest extends SpringBrowserlessTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SaveAccountPort accounts;

    @Autowired
    RegisterClientUseCase register;

    @Test
    void theClientPickerAsksThePortfolioForMatchingNamesAPageAtATimeAndInvitesThePickedClient() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Firm own = AsAdministrator.provision(firms, "Kiezer " + suffix);
        String accountant = "kiezer-" + suffix + "@example.nl";
        long id = accounts.create(accountant, "Accountant", "{noop}niet-te-gebruiken", Role.ACCOUNTANT, own.id());
        SignedInForTest.signIn(id, accountant, Role.ACCOUNTANT, own.id());
        String email = "gekozen-" + suffix + "@example.nl";
        Client wanted;
        try (TenantContext.Scope ignored = TenantContext.enter(own.id())) {
            for (int i = 1; i <= 120; i++) {
                register.register(new RegisterClientCommand(String.format("Klant %03d", i), Country.NL, "bv"));
            }
            wanted = register.register(new RegisterClientCommand("Garage Verhoeven", Country.BE,
                    "eenmanszaak"));
            PortfolioView view = navigate(PortfolioView.class);
            view.invite.click();
            InviteClientDialog dialog = $(InviteClientDialog.class).single();

            assertThat(dialog.existing.getDataProvider().isInMemory()).as("no list of every client in memory")
                    .isFalse();
            assertThat(dialog.existing.getPageSize()).isEqualTo(50);
            test(dialog.existing).setFilter("verhoe");
            assertThat(test(dialog.existing).getSuggestionItems()).extracting(PortfolioRow::clientId)
                    .containsExactly(wanted.id());
            assertThat(test(dialog.existing).getSuggestions()).containsExactly("Garage Verhoeven · BE · eenmanszaak");
            test(dialog.existing).setFilter("klant 11");
            assertThat(test(dialog.existing).getSuggestions()).hasSize(10).allMatch(s -> s.startsWith("Klant 11"));

            test(dialog.existing).setFilter("verhoe");
            test(dialog.existing).selectItem("Garage Verhoeven · BE · eenmanszaak");
            assertThat(dialog.name.isEnabled()).isFalse();
            dialog.email.setValue(email);
            dialog.send.click();
        }
        assertThat(jdbc.queryForObject("select client_id from platform.invitation where email = ?", Long.class,
                email)).isEqualTo(wanted.id());
        assertThat(jdbc.queryForObject("select count(*) from " + own.id().schemaName() + ".client", Integer.class))
                .as("no new client was made").isEqualTo(121);
    }

    @Test
    void theInvitationGoesIntoTheAccountantsOwnFirm() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Firm own = AsAdministrator.provision(firms, "Eigen kantoor " + suffix);
        Firm other = AsAdministrator.provision(firms, "Ander kantoor " + suffix);
        String email = "klant-" + suffix + "@example.nl";
        String accountant = "accountant-" + suffix + "@example.nl";
        long id = accounts.create(accountant, "Accountant", "{noop}niet-te-gebruiken", Role.ACCOUNTANT, own.id());
        SignedInForTest.signIn(id, accountant, Role.ACCOUNTANT, own.id());
        try (TenantContext.Scope ignored = TenantContext.enter(own.id())) {
            PortfolioView view = navigate(PortfolioView.class);
            view.invite.click();
            InviteClientDialog dialog = $(InviteClientDialog.class).single();
            dialog.email.setValue(email);
            dialog.name.setValue("Nieuwe klant " + suffix);
            dialog.country.setValue(Country.BE);
            dialog.send.click();

            assertThat(view.grid.getGenericDataView().getItems()).anyMatch(c -> c.name().equals("Nieuwe klant "
                    + suffix));
        }
        assertThat(jdbc.queryForObject("select firm_id from platform.invitation where email = ?", Long.class, email))
                .isEqualTo(own.id().value()).isNotEqualTo(other.id().value());
        assertThat(jdbc.queryForObject("select count(*) from " + other.id().schemaName() + ".client",
                Integer.class)).isZero();
    }
}
