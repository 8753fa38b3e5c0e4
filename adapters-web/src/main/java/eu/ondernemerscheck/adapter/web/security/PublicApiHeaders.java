package eu.ondernemerscheck.adapter.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

import java.util.List;

/**
 * The security headers on every answer of the public API, in the order Spring Security writes its defaults: nosniff,
 * no XSS auditor, no caching, HSTS for a year on requests that arrived over HTTPS, no framing; then no referrer.
 * The API's filter chain writes them, and so does the calculation's lean path, which answers plain calculation
 * requests ahead of that chain ({@code adapter.web.api.PlainCalculationFilter}): one list, so both write the same.
 */
public final class PublicApiHeaders implements HeaderWriter {

    public static final PublicApiHeaders WRITER = new PublicApiHeaders();

    private final List<HeaderWriter> writers = List.of(new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
            new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));

    private PublicApiHeaders() {
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        for (HeaderWriter writer : writers) {
            writer.writeHeaders(request, response);
        }
    }
}
