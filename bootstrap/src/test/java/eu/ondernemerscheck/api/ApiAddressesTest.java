package eu.ondernemerscheck.api;

import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request under /api/v1/ that no address takes gets a problem document with a status a machine caller can act on,
 * never the screens' login redirect, HTML page or session cookie.
 */
@IntegrationTest
class ApiAddressesTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownAddressIsA404ProblemWithoutSession() {
        HttpResponse<String> r = new ApiClient(port).get("/api/v1/nothing");

        assertProblem(r, 404);
        assertThat(r.body()).contains("/api/v1/nothing");
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsA405ProblemNamingTheMethodsItTakes() {
        HttpResponse<String> get = new ApiClient(port).get("/api/v1/calculations");
        assertProblem(get, 405);
        assertThat(get.headers().allValues("Allow")).containsExactly("POST");

        HttpResponse<String> put = new ApiClient(port).send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/schemes"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        assertProblem(put, 405);
        assertThat(String.join(",", put.headers().allValues("Allow"))).contains("GET").contains("HEAD");
    }

    @Test
    void aCallerAcceptingNoJsonGetsA406ProblemAndNoFigure() {
        HttpResponse<String> r = new ApiClient(port).send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/calculations"))
                .header("Content-Type", "application/json").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"scheme\":\"nl-kia\",\"year\":2025,\"inputs\":{\"investment_total_eur\":50000}}"))
                .build());

        assertProblem(r, 406);
        assertThat(r.body()).doesNotContain("kia_eur");
    }

    @Test
    void theAddressesThemselvesStillAnswer() {
        assertThat(new ApiClient(port).get("/api/v1/schemes").statusCode()).isEqualTo(200);
        assertThat(new ApiClient(port).postJson(
                "{\"scheme\":\"nl-kia\",\"year\":2025,\"inputs\":{\"investment_total_eur\":50000}}").statusCode())
                .isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("\"status\":" + status);
        assertThat(r.headers().allValues("Set-Cookie")).as("stateless").isEmpty();
        assertThat(r.headers().firstValue("Location")).as("no redirect to a login page").isEmpty();
    }
}
