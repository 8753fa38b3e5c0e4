package eu.ondernemerscheck.support;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Signs someone in for a test of the shared application context. Each application context installs its own
 * Vaadin-aware holder strategy (its own thread-local) as the global one, and a test with other properties
 * (ApiRateLimitTest) starts a second context; the shared context's services and views keep reading theirs. So the
 * shared context's strategy is put back first, then the authentication is stored through it, and in the Vaadin
 * session of a browserless test where the running application keeps it too.
 */
public final class SharedContextSecurity {

    private SharedContextSecurity() {
    }

    public static void signIn(ApplicationContext context, Authentication authentication) {
        SecurityContextHolderStrategy strategy = useSharedStrategy(context);
        SecurityContext securityContext = strategy.createEmptyContext();
        securityContext.setAuthentication(authentication);
        strategy.setContext(securityContext);
        keepInVaadinSession(securityContext);
    }

    /** Puts the shared context's own strategy back as the global one. */
    public static SecurityContextHolderStrategy useSharedStrategy(ApplicationContext context) {
        SecurityContextHolderStrategy strategy = context.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(strategy);
        return strategy;
    }

    public static void keepInVaadinSession(SecurityContext securityContext) {
        // the Vaadin-aware strategy prefers the context stored in the (browserless) Vaadin session over its own
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    securityContext);
        }
    }
}
