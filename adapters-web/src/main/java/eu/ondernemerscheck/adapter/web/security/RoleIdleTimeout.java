package eu.ondernemerscheck.adapter.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

import java.time.Duration;

/**
 * Sets the session's idle timeout at sign-in by role: 15 minutes for an administrator, 30 for everyone else
 * (security.md §1.2, ASVS 7.3.1). Vaadin's closeIdleSessions makes an open tab that only sends heartbeats count as
 * idle, so the timeout holds with the tab open.
 */
final class RoleIdleTimeout implements SessionAuthenticationStrategy {

    static final Duration ADMIN = Duration.ofMinutes(15);
    static final Duration OTHERS = Duration.ofMinutes(30);

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        session.setMaxInactiveInterval((int) (admin ? ADMIN : OTHERS).toSeconds());
    }
}
