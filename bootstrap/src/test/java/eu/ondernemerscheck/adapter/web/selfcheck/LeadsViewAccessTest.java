package eu.ondernemerscheck.adapter.web.selfcheck;

import com.vaadin.browserless.SpringBrowserlessTest;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsCommand;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.leads.Lead;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches the leads view. The tenant context is entered here as the request filter does for a signed-in
 * accountant (browserless tests run no servlet filters).
 */
@IntegrationTest
class LeadsViewAccessTest extends SpringBrowserlessTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    LeaveContactDetailsUseCase leads;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    HashPasswordPort hashing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    static final String ACCOUNTANT = "accountant-aanvragen@example.nl";
    /** The firm of the accountant above; created once, as the account is. */
    static Firm alfa;
    static long alfasAccountant;
    Firm beta;
    String alfasLead;
    String betasLead;

    @BeforeEach
    void twoFirmsWithALeadEach() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        if (alfa == null) {
            alfa = AsAdministrator.provision(firms, "Aanvraagkantoor Alfa");
            alfasAccountant = accounts.create(ACCOUNTANT, "Accountant Alfa",
                    hashing.hash(UUID.randomUUID().toString()), Role.ACCOUNTANT, alfa.id());
        }
        beta = AsAdministrator.provision(firms, "Aanvraagkantoor Beta " + suffix);
        alfasLead = "Klant van Alfa " + suffix;
        betasLead = "Klant van Beta " + suffix;
        leave(alfa, alfasLead);
        leave(beta, betasLead);
    }

    void leave(Firm firm, String name) {
        leads.leaveContactDetails(new LeaveContactDetailsCommand(firm.publicId(), "10.9." + name.hashCode() % 200
                + ".1", Country.NL, Year.now().getValue(), Map.of(), name, "klant@example.nl", "", "", true,
                "Ik geef toestemming."));
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorReachesTheCheckButNotTheLeads() {
        navigate("check/" + alfa.publicId(), QuickCheckView.class);
        assertThat(getCurrentView()).isInstanceOf(QuickCheckView.class);

        navigate("aanvragen", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(LeadsView.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    @WithMockUser(roles = "CLIENT")
    void aClientDoesNotReachTheLeads() {
        try (TenantContext.Scope ignored = TenantContext.enter(alfa.id())) {
            navigate("aanvragen", com.vaadin.flow.component.Component.class);
            assertThat(getCurrentView()).isNotInstanceOf(LeadsView.class);
        }
    }

    @Test
    void anAccountantOfFirmAlfaSeesAlfasLeadsOnlyAndAlfasCheckLink() {
        SharedContextSecurity.useSharedStrategy(context);
        SignedInForTest.signIn(jdbc.queryForObject("select id from platform.app_user where email = ?", Long.class,
                ACCOUNTANT), ACCOUNTANT, Role.ACCOUNTANT, alfa.id());
        SharedContextSecurity.keepInVaadinSession(SecurityContextHolder.getContext());
        try (TenantContext.Scope ignored = TenantContext.enter(alfa.id())) {
            LeadsView view = navigate(LeadsView.class);

            List<String> names = view.grid.getListDataView().getItems().map(Lead::name).toList();
            assertThat(names).contains(alfasLead).doesNotContain(betasLead)
                    .allMatch(n -> n.startsWith("Klant van Alfa"));
            assertThat(view.checkLink.getValue()).endsWith("check/" + alfa.publicId());
        }
    }
}
