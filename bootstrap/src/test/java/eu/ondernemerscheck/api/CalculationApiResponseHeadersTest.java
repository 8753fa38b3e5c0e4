package eu.ondernemerscheck.api;

import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's answers carry exactly the headers they carried when Spring MVC wrote them and the API's filter chain was
 * the full default one: the answer is written straight to the response and the chain keeps only what the API needs
 * (docs/performance.md, "Calculation API"), so these tests pin every header a caller sees.
 */
@IntegrationTest
class CalculationApiResponseHeadersTest {

    private static final String KIA = "{\"scheme\":\"nl-kia\",\"year\":2025,\"inputs\":{\"investment_total_eur\":50000}}";

    /** Spring Security's default headers of the API chain, with the API's own referrer policy. */
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "x-content-type-options", "nosniff",
            "x-xss-protection", "0",
            "cache-control", "no-cache, no-store, max-age=0, must-revalidate",
            "pragma", "no-cache",
            "expires", "0",
            "x-frame-options", "DENY",
            "referrer-policy", "no-referrer");

    @LocalServerPort
    int port;

    @Test
    void aFigureCarriesJsonItsExactLengthAndTheSecurityHeadersAndNothingElse() {
        HttpResponse<String> r = new ApiClient(port).postJson(KIA);

        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, String> expected = new TreeMap<>(SECURITY_HEADERS);
        expected.put("vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        expected.put("content-type", "application/json");
        expected.put("content-length", Integer.toString(r.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(headers(r.headers())).isEqualTo(expected);
        assertThat(r.body()).startsWith("{\"scheme\":\"nl-kia\",\"year\":2025,\"outputs\":{\"qualifying_total_eur\""
                + ":50000.00,\"kia_eur\":14000.00,\"band\":\"percentage\"");
    }

    @Test
    void aProblemCarriesProblemJsonItsExactLengthAndTheSecurityHeaders() {
        HttpResponse<String> r = new ApiClient(port).post("/api/v1/calculations", "text/plain", "x");

        assertThat(r.statusCode()).isEqualTo(415);
        Map<String, String> expected = new TreeMap<>(SECURITY_HEADERS);
        expected.put("vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        expected.put("content-type", "application/problem+json");
        expected.put("content-length", Integer.toString(r.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(headers(r.headers())).isEqualTo(expected);
        assertThat(r.body()).isEqualTo("{\"type\":\"https://ondernemerscheck.eu/problems/unsupported-media-type\","
                + "\"title\":\"Geen JSON\",\"status\":415,\"detail\":\"Stuur de aanvraag als JSON met Content-Type: "
                + "application/json.\"}");
    }

    @Test
    void fieldsComeInTheSameOrderAtEveryStart() {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> invalid = api.postJson(
                "{\"scheme\":\"nl-kia\",\"year\":2025,\"inputs\":{\"investment_total_eur\":-1}}");
        assertThat(invalid.body()).contains(
                "\"errors\":[{\"field\":\"inputs.investment_total_eur\",\"message\":\"");
        HttpResponse<String> schemes = api.get("/api/v1/schemes");
        assertThat(schemes.body()).contains("{\"name\":\"kia_eur\",\"kind\":\"money\",\"label\":\"")
                .containsPattern("\\{\"year\":2025,\"status\":\"(confirmed|provisional)\"}");
    }

    @Test
    void anAnswerAskedForAsProblemJsonIsStillTheFigureWithItsOwnContentType() {
        HttpResponse<String> r = new ApiClient(port).send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/calculations"))
                .header("Content-Type", "application/json").header("Accept", "application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(KIA)).build());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("Content-Type")).containsExactly("application/json");
    }

    @Test
    void anUnknownApiPathIsRefusedWithAStatusTheSecurityHeadersAndNoSession() {
        HttpResponse<String> r = new ApiClient(port).get("/api/v2/calculations");

        assertThat(r.statusCode()).isEqualTo(401);
        Map<String, String> expected = new TreeMap<>(SECURITY_HEADERS);
        expected.put("vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        expected.put("content-length", "0");
        assertThat(headers(r.headers())).isEqualTo(expected);
    }

    /** Every header but the date, lower-cased, values joined in order. */
    private static Map<String, String> headers(HttpHeaders headers) {
        Map<String, String> all = new TreeMap<>();
        headers.map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("date") && !name.equals(":status")) {
                all.put(name.toLowerCase(java.util.Locale.ROOT), String.join(", ", values));
            }
        });
        return all;
    }
}
