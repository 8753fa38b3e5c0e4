package eu.ondernemerscheck.adapter.web.report;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/** An anonymous visitor who opens one of the report screens is sent to the login, never shown the screen. */
@IntegrationTest
class AnonymousReportScreensTest extends SpringBrowserlessTest {

    @ParameterizedTest
    @ValueSource(strings = {"kantoor", "klanten-inlezen", "mijn-rapport"})
    @WithAnonymousUser
    void anAnonymousVisitorIsSentToTheLogin(String route) {
        navigate(route, Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }
}
