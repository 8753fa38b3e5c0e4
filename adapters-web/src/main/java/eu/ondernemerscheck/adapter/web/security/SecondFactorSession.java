package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.List;
import java.util.Optional;

/**
 * The two steps of signing in as Spring Security's factor authorities express them: after the password the session
 * holds only {@code FACTOR_PASSWORD}, so no view, service or API that asks for a role lets it in; once the code from
 * the authenticator app (or a recovery code) is accepted, the role is added together with {@code FACTOR_TOTP}, the
 * session id changes (as at the password step, against fixation: ASVS 7.2.4) and the idle timeout follows the role.
 */
final class SecondFactorSession {

    static final GrantedAuthority PASSWORD_FACTOR = FactorGrantedAuthority.fromAuthority(
            FactorGrantedAuthority.PASSWORD_AUTHORITY);
    static final String TOTP_AUTHORITY = "FACTOR_TOTP";

    private SecondFactorSession() {
    }

    /** The signed-in user whose password is verified but whose second factor is not yet. */
    static Optional<SignedInUser> pendingUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser user
                && !hasRole(auth)) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Authenticated (not anonymous) without any role: the password step only. */
    static boolean awaitingSecondFactor(Authentication auth) {
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .anyMatch(a -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(a.getAuthority())) && !hasRole(auth);
    }

    private static boolean hasRole(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority() != null
                && a.getAuthority().startsWith("ROLE_"));
    }

    /** Grants the role after the second factor, with a new session id, within the current Vaadin request. */
    static void completeSignIn(SignedInUser user) {
        Authentication full = UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(
                PASSWORD_FACTOR, FactorGrantedAuthority.fromAuthority(TOTP_AUTHORITY), user.roleAuthority()));
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(full);
        holder.setContext(context);
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest vaadinRequest
                && VaadinResponse.getCurrent() instanceof VaadinServletResponse vaadinResponse) {
            HttpServletRequest request = vaadinRequest.getHttpServletRequest();
            HttpServletResponse response = vaadinResponse.getHttpServletResponse();
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
            new RoleIdleTimeout().onAuthentication(full, request, response);
        }
    }

    /** The network address of the current request, for throttling. */
    static String remoteAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
