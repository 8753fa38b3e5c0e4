package eu.ondernemerscheck.support;

import com.vaadin.flow.server.VaadinSession;
import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Signs someone in (or switches to someone else) inside a browserless test of the shared context. The Vaadin-aware
 * holder strategy prefers the context kept in the Vaadin session, so the previous user's context is taken out of the
 * session first; otherwise reading the "current" context would give back the previous user.
 */
public final class BrowserlessSignIn {

    private BrowserlessSignIn() {
    }

    public static void as(ApplicationContext context, long accountId, String email, Role role, FirmId firm) {
        SharedContextSecurity.useSharedStrategy(context);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        SignedInForTest.signIn(accountId, email, role, firm);
        SharedContextSecurity.keepInVaadinSession(SecurityContextHolder.getContext());
    }
}
