package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import eu.ondernemerscheck.support.SharedContextSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TC-23 (ASVS 6.3.3) in the views: a session that has passed the password step only holds no role, so it opens no
 * view that asks for one, and even the views open to every signed-in user send it to the second-factor step.
 */
@IntegrationTest
class PasswordOnlySessionTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    private void signedInWith(String... authorities) {
        SharedContextSecurity.signIn(context, new TestingAuthenticationToken("iemand@example.nl", null,
                authorities));
    }

    @Test
    void aPasswordOnlySessionIsSentToTheSecondFactorWhereverItGoes() {
        signedInWith("FACTOR_PASSWORD");
        for (String route : new String[]{"", "regelingen", "portefeuille", "aanvragen", "account"}) {
            navigate(route, Component.class);
            assertThat(getCurrentView().getClass().getSimpleName()).as(route)
                    .isNotIn("HomeView", "SchemesView", "PortfolioView", "LeadsView", "AccountView");
        }
        navigate("regelingen", Component.class);
        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);
    }

    @Test
    void afterTheSecondFactorNothingSendsTheSessionBack() {
        signedInWith("FACTOR_PASSWORD", "FACTOR_TOTP", "ROLE_ACCOUNTANT");
        navigate("regelingen", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SecondFactorView.class);
        navigate("tweede-factor", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SecondFactorView.class);
    }
}
