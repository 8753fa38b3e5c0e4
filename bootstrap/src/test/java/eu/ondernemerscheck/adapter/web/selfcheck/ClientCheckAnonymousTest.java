package eu.ondernemerscheck.adapter.web.selfcheck;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/** An anonymous visitor who opens the address of a client's check is sent to the sign-in page. */
@IntegrationTest
@WithAnonymousUser
class ClientCheckAnonymousTest extends SpringBrowserlessTest {

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        navigate("mijn-check/2025/overzicht", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ClientCheckView.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }
}
