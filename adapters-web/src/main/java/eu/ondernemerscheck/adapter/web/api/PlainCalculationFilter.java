package eu.ondernemerscheck.adapter.web.api;

import eu.ondernemerscheck.adapter.web.security.PublicApiHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * Answers a plain calculation request (a JSON {@code POST /api/v1/calculations} at exactly that address, accepting
 * JSON) ahead of Spring MVC and the API's security filter chain, which for such a request add only the security
 * headers: the address is anonymous and stateless by contract, so there is no session, no user and no firm to set up.
 * Skipping them made the API markedly cheaper per request (docs/performance.md, "Calculation API", third round).
 *
 * <p>It runs after CORS and the rate limit, writes {@link PublicApiHeaders} as that chain does and calls the same
 * method Spring MVC calls, so the answer is the same to the byte. Every other request (another content type or
 * method, an {@code Accept} without JSON, an unusual spelling of the address) goes the usual way, so the answers
 * Spring MVC and Spring Security give those stay exactly as they are.
 */
class PlainCalculationFilter extends HttpFilter {

    static final String PATH = "/api/v1/calculations";

    private final CalculationApi api;

    PlainCalculationFilter(CalculationApi api) {
        this.api = api;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isPlainCalculation(request)) {
            chain.doFilter(request, response);
            return;
        }
        PublicApiHeaders.WRITER.writeHeaders(request, response);
        api.calculate(request, response);
    }

    private static boolean isPlainCalculation(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && PATH.equals(request.getRequestURI()) && request.getContextPath().isEmpty()
                && CalculationApi.isJson(request.getContentType())
                && acceptsJson(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
    }

    /**
     * Whether Spring MVC would pick the calculation for this {@code Accept}: no header, or one of its types compatible
     * with what the mapping produces (quality values do not count there either). A value Spring MVC or Spring
     * Security's firewall would refuse (unparsable, control characters) goes the usual way to get their answer.
     */
    static boolean acceptsJson(List<String> accept) {
        if (accept.isEmpty()) {
            return true;
        }
        for (String value : accept) {
            if (value.chars().anyMatch(Character::isISOControl)) {
                return false;
            }
        }
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (MediaType.APPLICATION_JSON.isCompatibleWith(type) || Problem.PROBLEM_JSON.isCompatibleWith(type)) {
                    return true;
                }
            }
            return false;
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
