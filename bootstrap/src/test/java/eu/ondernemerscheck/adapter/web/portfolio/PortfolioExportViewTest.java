package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.SortDirection;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.BrowserlessSignIn;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio's CSV export follows what the grid shows: its search, filters and sort at the moment of the download.
 */
@IntegrationTest
class PortfolioExportViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    RegisterClientUseCase register;

    TenantContext.Scope tenant;

    @BeforeEach
    void anAccountantWithFourClients() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Firm firm = AsAdministrator.provision(firms, "Exportscherm " + suffix);
        String email = "exportscherm-" + suffix + "@example.nl";
        BrowserlessSignIn.as(context, accounts.create(email, "Accountant", "{noop}x", Role.ACCOUNTANT, firm.id()),
                email, Role.ACCOUNTANT, firm.id());
        tenant = TenantContext.enter(firm.id());
        register.register(new RegisterClientCommand("Aalders Bouw", Country.NL, "bv"));
        register.register(new RegisterClientCommand("Bakkerij Bouwman", Country.NL, "eenmanszaak"));
        register.register(new RegisterClientCommand("Claes Bouwwerken", Country.BE, "bv"));
        register.register(new RegisterClientCommand("Dekker Advies", Country.NL, "bv"));
    }

    @AfterEach
    void leave() {
        tenant.close();
        SecurityContextHolder.clearContext();
    }

    List<String> exportedNames() {
        Anchor export = find(Anchor.class).all().stream().filter(a -> a.hasClassName("oc-export-link")).findFirst()
                .orElseThrow();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test(export).download(csv);
        return new String(csv.toByteArray(), StandardCharsets.UTF_8).lines().skip(1)
                .map(line -> line.substring(0, line.indexOf(';'))).toList();
    }

    @Test
    void theExportHoldsTheClientsTheGridShowsInTheGridsOrder() {
        PortfolioView view = navigate(PortfolioView.class);
        assertThat(exportedNames()).containsExactlyInAnyOrder("Aalders Bouw", "Bakkerij Bouwman",
                "Claes Bouwwerken", "Dekker Advies");

        test(view.search).setValue("bouw");
        test(view.grid).sortByColumn("name", SortDirection.DESCENDING);
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(exportedNames()).containsExactly("Claes Bouwwerken", "Bakkerij Bouwman", "Aalders Bouw");

        view.country.pick("Nederland");
        view.legalForm.pick("bv");
        assertThat(exportedNames()).containsExactly("Aalders Bouw");
    }
}
