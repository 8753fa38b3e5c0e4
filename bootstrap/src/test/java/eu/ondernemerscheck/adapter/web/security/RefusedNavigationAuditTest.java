package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ASVS 16.3.2: a signed-in user refused a screen, by the view's access annotation or by the view's own check of the
 * record asked for, leaves an {@code access.denied} entry with account, firm and the route as declared, and nothing
 * of the address's ids; allowed navigation and anonymous visits leave none.
 */
@IntegrationTest
class RefusedNavigationAuditTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    private long before;

    @BeforeEach
    void markTheTrail() {
        before = jdbc.queryForObject("select coalesce(max(id), 0) from platform.audit_event", Long.class);
    }

    private List<Map<String, Object>> deniedSinceStart() {
        return jdbc.queryForList("select actor_id, actor, firm_id, subject from platform.audit_event"
                + " where id > ? and action = 'access.denied' order by id", before);
    }

    private void signIn(long accountId, Role role, TwoFirms firms, boolean ofA) {
        SharedContextSecurity.signIn(context, SignedInForTest.fullySignedIn(accountId, "navigatie@example.nl", role,
                role == Role.ADMIN ? null : ofA ? firms.a.id() : firms.b.id()));
    }

    @Test
    @DisplayName("An accountant refused the administrators' firms screen is recorded with account, firm and route")
    void aRouteRefusedByItsAccessAnnotationIsAudited() {
        TwoFirms firms = TwoFirms.of(context);
        signIn(firms.accountantA, Role.ACCOUNTANT, firms, true);

        navigate("kantoren", Component.class);

        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("FirmsView");
        assertThat(deniedSinceStart()).singleElement().satisfies(row -> {
            assertThat(row.get("actor_id")).isEqualTo(firms.accountantA);
            assertThat(row.get("actor")).isEqualTo("navigatie@example.nl");
            assertThat(row.get("firm_id")).isEqualTo(firms.a.id().value());
            assertThat(row.get("subject")).isEqualTo("route /kantoren");
        });
    }

    @Test
    @DisplayName("A client id the firm does not have, sent away by the workspace's own check, is recorded without the id")
    void aRecordRefusedByTheViewsOwnCheckIsAuditedWithoutItsId() {
        TwoFirms firms = TwoFirms.of(context);
        signIn(firms.accountantB, Role.ACCOUNTANT, firms, false);

        // the tenant filter sets the firm in a real request; a browserless navigation has no request filters
        try (TenantContext.Scope ignored = TenantContext.enter(firms.b.id())) {
            navigate("klanten/987654321", Component.class);
        }

        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("987654321");
        assertThat(deniedSinceStart()).singleElement().satisfies(row -> {
            assertThat(row.get("actor_id")).isEqualTo(firms.accountantB);
            assertThat(row.get("firm_id")).isEqualTo(firms.b.id().value());
            assertThat((String) row.get("subject")).startsWith("route /klanten").doesNotContain("987654321");
        });
    }

    @Test
    @DisplayName("Allowed navigation, anonymous visits and a half-finished sign-in leave no refusal in the trail")
    void allowedAndAnonymousNavigationAreNotAudited() {
        TwoFirms firms = TwoFirms.of(context);
        signIn(1, Role.ADMIN, firms, false);
        navigate("kantoren", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("FirmsView");

        SharedContextSecurity.signIn(context, new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        navigate("kantoren", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("FirmsView");

        // between the password and the second factor: sent on to the second step, not a refusal
        SharedContextSecurity.signIn(context, UsernamePasswordAuthenticationToken.authenticated(
                new SignedInUser(firms.accountantA, "halverwege@example.nl", "halverwege@example.nl",
                        Role.ACCOUNTANT, firms.a.id(), Instant.now()), null,
                List.of(SecondFactorSession.PASSWORD_FACTOR)));
        navigate("portefeuille", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("PortfolioView");

        assertThat(deniedSinceStart()).isEmpty();
    }
}
