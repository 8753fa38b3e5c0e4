package eu.ondernemerscheck.api;

import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain calculation request is answered ahead of Spring MVC and the API's security chain; every other request to
 * the address goes the usual way. Both must give the same answer where both answer, and the usual way must still be
 * taken where Spring MVC decides (what the caller accepts, the method).
 */
@IntegrationTest
class PlainCalculationPathTest {

    private static final String KIA = "{\"scheme\":\"nl-kia\",\"year\":2025,\"inputs\":{\"investment_total_eur\":50000}}";
    private static final String INVALID = "{\"scheme\":\"nl-kia\",\"year\":2025,\"inputs\":{\"investment_total_eur\":-1}}";

    @LocalServerPort
    int port;

    @Test
    void thePlainPathAndSpringMvcGiveTheSameAnswerToTheByte() {
        for (String body : new String[] {KIA, INVALID}) {
            HttpResponse<String> plain = post(body, "application/json");
            // an empty Accept means "anything" to Spring MVC, but is no plain request, so it takes the usual way
            HttpResponse<String> usual = post(body, "");

            assertThat(plain.statusCode()).isIn(200, 422).isEqualTo(usual.statusCode());
            assertThat(headers(plain)).isEqualTo(headers(usual));
            assertThat(plain.body()).isEqualTo(usual.body());
        }
    }

    @Test
    void aCallerThatAcceptsNoJsonGetsNoFigureButAProblemDocument() {
        HttpResponse<String> r = post(KIA, "application/xml");

        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("\"status\":406").doesNotContain("kia_eur");
    }

    @Test
    void getOnTheCalculationAddressComputesNothingAndNamesTheAllowedMethod() {
        HttpResponse<String> r = new ApiClient(port).get("/api/v1/calculations");

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.headers().allValues("Allow")).containsExactly("POST");
    }

    private HttpResponse<String> post(String body, String accept) {
        return new ApiClient(port).send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/calculations"))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static Map<String, String> headers(HttpResponse<String> r) {
        Map<String, String> all = new TreeMap<>();
        r.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("date")) {
                all.put(name.toLowerCase(java.util.Locale.ROOT), String.join(", ", values));
            }
        });
        return all;
    }
}
