package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TC-23 (ASVS 6.3.3) in the views: a session that has passed the password step only holds no role, so it opens no
 * view that asks for one, and even the views open to every signed-in user send it to the second-factor step.
 */
@IntegrationTest
class PasswordOnlySessionTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(authorities = "FACTOR_PASSWORD")
    void aPasswordOnlySessionIsSentToTheSecondFactorWhereverItGoes() {
        for (String route : new String[]{"", "regelingen", "portefeuille", "aanvragen", "account"}) {
            navigate(route, Component.class);
            assertThat(getCurrentView().getClass().getSimpleName()).as(route)
                    .isNotIn("HomeView", "SchemesView", "PortfolioView", "LeadsView", "AccountView");
        }
        navigate("regelingen", Component.class);
        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);
    }

    @Test
    @WithMockUser(authorities = {"FACTOR_PASSWORD", "FACTOR_TOTP", "ROLE_ACCOUNTANT"})
    void afterTheSecondFactorNothingSendsTheSessionBack() {
        navigate("regelingen", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SecondFactorView.class);
        navigate("tweede-factor", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SecondFactorView.class);
    }
}
