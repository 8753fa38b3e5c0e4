package eu.ondernemerscheck.adapter.web.security;

import eu.ondernemerscheck.application.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Sets the tenant context for one request from the authenticated user's firm, and only from there; clears it when
 * the request ends, whatever happened. Whatever an earlier request left on this thread is dropped first (TC-09).
 * Every log line of the request carries the firm and the account id (never the e-mail address, a password or a
 * token) through the logging context, cleared with the tenant (security.md §4.2 rule 7, ASVS 16.2.1).
 */
class TenantContextFilter extends OncePerRequestFilter {

    static final String LOG_FIRM = "firm";
    static final String LOG_USER = "user";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        clear();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        SignedInUser user = auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser u
                ? u : null;
        try {
            if (user == null) {
                chain.doFilter(request, response);
                return;
            }
            MDC.put(LOG_USER, Long.toString(user.accountId()));
            if (user.firm().isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            MDC.put(LOG_FIRM, Long.toString(user.firm().get().value()));
            try (TenantContext.Scope ignored = TenantContext.enter(user.firm().get())) {
                chain.doFilter(request, response);
            }
        } finally {
            clear();
        }
    }

    private static void clear() {
        TenantContext.clear();
        MDC.remove(LOG_FIRM);
        MDC.remove(LOG_USER);
    }
}
