package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notices screen and the portfolio's notice link without a browser: the accountant sees what a recompute changed
 * in their own firm, marks it read, and the link on the portfolio goes; an accountant of another firm sees nothing of
 * it. The notice is put in the firm's schema as the recompute stores it (RecomputeAfterPublishTest covers that part).
 */
@IntegrationTest
class NoticesViewTest extends SpringBrowserlessTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    Firm own;
    Firm other;
    long ownAccountant;
    long otherAccountant;
    String suffix;
    TenantContext.Scope tenant;

    @BeforeEach
    void twoFirmsAndANoticeInTheFirst() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        own = AsAdministrator.provision(firms, "Meldingen " + suffix);
        other = AsAdministrator.provision(firms, "Geen meldingen " + suffix);
        ownAccountant = accounts.create("melding-" + suffix + "@example.nl", "Accountant",
                "{noop}niet-te-gebruiken", Role.ACCOUNTANT, own.id());
        otherAccountant = accounts.create("geen-melding-" + suffix + "@example.nl", "Accountant",
                "{noop}niet-te-gebruiken", Role.ACCOUNTANT, other.id());
        String schema = jdbc.queryForObject("select schema_name from platform.firm where id = ?", String.class,
                own.id().value());
        jdbc.update("insert into " + schema + ".recompute_notice (created_at, rate_changes, clients_changed,"
                + " results_changed, largest_change, largest_text) values (now(), ?, 3, 4, 200.00, ?)",
                "nl.kia.rate vanaf 2025-01-01", "Drukkerij " + suffix + ", 2025, nl-kia: € 2.800,00 → € 3.000,00");
    }

    void signIn(long account, String email, Firm firm) {
        SharedContextSecurity.useSharedStrategy(context);
        SignedInForTest.signIn(account, email, Role.ACCOUNTANT, firm.id());
        SharedContextSecurity.keepInVaadinSession(SecurityContextHolder.getContext());
        tenant = TenantContext.enter(firm.id());
    }

    @AfterEach
    void leaveTheTenant() {
        if (tenant != null) {
            tenant.close();
        }
    }

    @Test
    void theAccountantSeesWhatChangedMarksItReadAndThePortfolioLinkGoes() {
        signIn(ownAccountant, "melding-" + suffix + "@example.nl", own);
        PortfolioView portfolio = navigate(PortfolioView.class);
        assertThat(portfolio.notices.isVisible()).isTrue();
        assertThat(portfolio.notices.getText()).startsWith("1 nieuwe melding");
        assertThat(portfolio.notices.getHref()).isEqualTo("meldingen");

        UI.getCurrent().navigate("meldingen");
        NoticesView view = (NoticesView) getCurrentView();
        assertThat(view.unread.getText()).isEqualTo("1 ongelezen");
        assertThat(find(Paragraph.class, view.list).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("nl.kia.rate vanaf 2025-01-01"))
                .contains("3 klanten, 4 uitkomsten veranderd")
                .anyMatch(t -> t.startsWith("Grootste verandering € 200,00") && t.contains("Drukkerij " + suffix));
        assertThat(view.list.getChildren().filter(c -> c.hasClassName("oc-notice-unread")).count()).isEqualTo(1);

        test(view.markRead).click();
        assertThat(view.unread.getText()).isEqualTo("0 ongelezen");
        assertThat(view.markRead.isEnabled()).isFalse();
        assertThat(view.list.getChildren().filter(c -> c.hasClassName("oc-notice-unread")).count()).isZero();
        assertThat(navigate(PortfolioView.class).notices.isVisible()).isFalse();
    }

    @Test
    void anAccountantOfAnotherFirmNeverSeesTheNotice() {
        signIn(otherAccountant, "geen-melding-" + suffix + "@example.nl", other);
        assertThat(navigate(PortfolioView.class).notices.isVisible()).isFalse();
        UI.getCurrent().navigate("meldingen");
        NoticesView view = (NoticesView) getCurrentView();
        assertThat(view.unread.getText()).isEqualTo("0 ongelezen");
        assertThat(find(Paragraph.class, view.list).all()).extracting(Paragraph::getText)
                .containsExactly("Geen meldingen.")
                .noneMatch(t -> t.contains(suffix));
    }
}
