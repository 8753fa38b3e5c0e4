package eu.ondernemerscheck.adapter.web.security;

import eu.ondernemerscheck.application.accounts.port.in.SessionValidityUseCase;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Ends a signed-in session at its next request when its account was disabled or removed, or its password was reset
 * after the session signed in (ASVS 7.4.3, 7.4.2): the session is invalidated and the browser goes to the login page.
 * The decision is read from the account row, so it holds on every application node.
 */
class SessionStillValidFilter extends OncePerRequestFilter {

    private final SessionValidityUseCase sessions;

    SessionStillValidFilter(SessionValidityUseCase sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser user
                && !sessions.stillValid(user.accountId(), user.signedInAt())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }
}
