package eu.ondernemerscheck.adapter.web.security;

import eu.ondernemerscheck.application.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Sets the tenant context for one request from the authenticated user's firm, and only from there; clears it when
 * the request ends, whatever happened.
 */
class TenantContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TenantContext.clear();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user && user.firm().isPresent()) {
            try (TenantContext.Scope ignored = TenantContext.enter(user.firm().get())) {
                chain.doFilter(request, response);
            }
        } else {
            try {
                chain.doFilter(request, response);
            } finally {
                TenantContext.clear();
            }
        }
    }
}
