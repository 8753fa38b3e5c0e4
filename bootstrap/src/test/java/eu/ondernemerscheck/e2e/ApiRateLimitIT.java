package eu.ondernemerscheck.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar with rate limiting on and a small bucket: a burst beyond it gets a clear 429 problem document with
 * Retry-After. Its own application instance, so the limit cannot disturb other tests.
 */
class ApiRateLimitIT {

    static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(List.of("--ondernemerscheck.api.rate-limit.enabled=true",
                "--ondernemerscheck.api.rate-limit.capacity=3", "--ondernemerscheck.api.rate-limit.per-minute=1"));
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void theFourthRequestOfABurstIsTooMany() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest schemes = HttpRequest.newBuilder(URI.create(app.baseUrl() + "api/v1/schemes")).build();
        for (int i = 0; i < 3; i++) {
            assertThat(http.send(schemes, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = http.send(HttpRequest.newBuilder(
                        URI.create(app.baseUrl() + "api/v1/calculations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"scheme\":\"be-mileage-commute\",\"year\":2025,"
                        + "\"inputs\":{\"one_way_km\":10,\"days\":20}}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(limited.body()).contains("\"status\":429").doesNotContain("Exception");
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                s -> assertThat(Long.parseLong(s)).isPositive());
    }
}
