package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.time.Instant;

/** What a screen may change about the session it runs in. */
public final class CurrentSession {

    private CurrentSession() {
    }

    /**
     * After the signed-in user changed their password, every session of the account signed in before
     * {@code sessionsFrom} ends at its next request ({@link SessionStillValidFilter}); this one, which proved the
     * current password, is counted as signed in at that moment and goes on, with the same authorities.
     */
    public static void keepAfterPasswordChange(Instant sessionsFrom) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        Authentication auth = holder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.signedInAgainAt(sessionsFrom), null, auth.getAuthorities()));
        holder.setContext(context);
        // the HTTP session keeps the security context between requests; nothing saves it implicitly
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    context);
        }
    }
}
