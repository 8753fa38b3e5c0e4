package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.lang.reflect.Method;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TC-21 (ASVS 7.3.1): an open tab whose only traffic is Vaadin's heartbeat does not keep a session alive. Vaadin's
 * own clean-up, which runs at every request, is called here directly on a session whose last real interaction is
 * older than the idle timeout while its heartbeats are current. The absolute session lifetime (TC-21 b) is not built.
 */
@IntegrationTest
class IdleSessionTest extends SpringBrowserlessTest {

    private static void runVaadinCleanup(VaadinSession session) throws ReflectiveOperationException {
        // the clean-up Vaadin runs at the start of every request; package-private in VaadinService
        Method cleanup = VaadinService.class.getDeclaredMethod("cleanupSession", VaadinSession.class);
        cleanup.setAccessible(true);
        cleanup.invoke(VaadinService.getCurrent(), session);
    }

    @Test
    @DisplayName("TC-21 heartbeats alone would outlive the idle timeout, so idle sessions are closed by the server")
    void idleSessionsAreClosedDespiteHeartbeats() {
        var config = VaadinService.getCurrent().getDeploymentConfiguration();
        assertThat(config.isCloseIdleSessions()).isTrue();
        assertThat(config.getHeartbeatInterval()).isPositive().isLessThan((int) RoleIdleTimeout.ADMIN.toSeconds());
    }

    @Test
    @DisplayName("TC-21 a tab with current heartbeats but no interaction for longer than the timeout is closed")
    void aTabThatOnlyHeartbeatsIsClosed() throws ReflectiveOperationException {
        VaadinSession session = VaadinSession.getCurrent();
        session.getSession().setMaxInactiveInterval(60);
        long now = System.currentTimeMillis();
        session.setLastRequestTimestamp(now - 61_000);
        UI.getCurrent().getInternals().setLastHeartbeatTimestamp(now);

        runVaadinCleanup(session);

        assertThat(session.getState()).isNotEqualTo(VaadinSessionState.OPEN);
    }

    @Test
    @DisplayName("TC-21 control: a tab used within the timeout stays open")
    void aTabUsedWithinTheTimeoutStaysOpen() throws ReflectiveOperationException {
        VaadinSession session = VaadinSession.getCurrent();
        session.getSession().setMaxInactiveInterval(60);
        long now = System.currentTimeMillis();
        session.setLastRequestTimestamp(now - 30_000);
        UI.getCurrent().getInternals().setLastHeartbeatTimestamp(now);

        runVaadinCleanup(session);

        assertThat(session.getState()).isEqualTo(VaadinSessionState.OPEN);
    }

    @Test
    @DisplayName("TC-21 the idle timeout is 15 minutes for administrators and 30 for everyone else")
    void theIdleTimeoutDependsOnTheRole() {
        for (Role role : Role.values()) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.getSession(true);
            new RoleIdleTimeout().onAuthentication(SignedInForTest.fullySignedIn(1, "x@example.nl", role, null),
                    request, new MockHttpServletResponse());
            assertThat(request.getSession().getMaxInactiveInterval()).as(role.name())
                    .isEqualTo(role == Role.ADMIN ? 15 * 60 : 30 * 60);
        }
    }
}
