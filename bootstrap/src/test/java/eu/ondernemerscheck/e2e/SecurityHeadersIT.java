package eu.ondernemerscheck.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar serves its login page with the browser protections (security.md §1.5, TC-24). */
class SecurityHeadersIT {

    @Test
    void theLoginPageCarriesTheSecurityHeaders() throws Exception {
        RunningApp app = RunningApp.demo();
        HttpResponse<String> r = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "login")).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        // plain HTTP here: HSTS is only sent over HTTPS, where it means something
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
