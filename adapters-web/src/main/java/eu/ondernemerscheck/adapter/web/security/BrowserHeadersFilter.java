package eu.ondernemerscheck.adapter.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Writes the browser protection headers on every response of the application before anything else runs, so pages
 * Vaadin writes itself (its bootstrap page for every route) carry them too: content security policy with
 * frame-ancestors, nosniff, referrer policy (none at all on the invitation and password-reset landing pages), framing refused, and HSTS for a year when the request came over HTTPS.
 */
final class BrowserHeadersFilter extends OncePerRequestFilter {

    private final String contentSecurityPolicy;

    BrowserHeadersFilter(String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        String uri = request.getRequestURI();
        if (uri.startsWith(request.getContextPath() + "/uitnodiging/")
                || uri.startsWith(request.getContextPath() + "/wachtwoord-herstellen/")) {
            // the address holds an invitation or reset token: it must not travel on in a Referer header (ASVS 14.2.1)
            response.setHeader("Referrer-Policy", "no-referrer");
        } else if (!response.containsHeader("Referrer-Policy")) {
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
