package eu.ondernemerscheck.support;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Signs someone in for a test of the shared application context. Each application context installs its own
 * Vaadin-aware holder strategy (its own thread-local) as the global one, and a test with other properties
 * (ApiRateLimitTest) starts a second context; the shared context's services and views keep reading theirs. So the
 * shared context's strategy is put back first, then the authentication is stored through it.
 */
public final class SharedContextSecurity {

    private SharedContextSecurity() {
    }

    public static void signIn(ApplicationContext context, Authentication authentication) {
        SecurityContextHolderStrategy strategy = context.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(strategy);
        SecurityContext securityContext = strategy.createEmptyContext();
        securityContext.setAuthentication(authentication);
        strategy.setContext(securityContext);
    }
}
