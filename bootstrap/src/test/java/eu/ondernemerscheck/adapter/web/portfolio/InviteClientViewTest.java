package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.browserless.SpringBrowserlessTest;
import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
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
