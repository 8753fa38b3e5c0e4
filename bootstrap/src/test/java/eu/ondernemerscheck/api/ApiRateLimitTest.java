package eu.ondernemerscheck.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** With rate limiting on: a burst beyond the bucket gets a clear 429 with Retry-After. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ondernemerscheck.api.rate-limit.enabled=true", "ondernemerscheck.api.rate-limit.capacity=3",
        "ondernemerscheck.api.rate-limit.per-minute=1"})
@ActiveProfiles("test")
class ApiRateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void theFourthRequestOfABurstIsTooMany() {
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/schemes").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = api.postJson(
                "{\"scheme\":\"be-mileage-commute\",\"year\":2025,\"inputs\":{\"one_way_km\":10,\"days\":20}}");

        CalculationApiProblemsTest.assertProblem(limited, 429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                s -> assertThat(Long.parseLong(s)).isPositive());
    }
}
