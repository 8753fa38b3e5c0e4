package eu.ondernemerscheck.api;

import eu.ondernemerscheck.domain.oracle.ExpectedOutputs;
import eu.ondernemerscheck.domain.oracle.SampleCases;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every worked case of oracle/sample-cases.json through real HTTP against the running app on PostgreSQL. */
@IntegrationTest
class CalculationApiSampleCasesTest {

    @LocalServerPort
    int port;

    static Stream<Arguments> cases() {
        return SampleCases.load().stream().map(c -> Arguments.of(c.get("id"), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void sampleCaseOverHttp(String id, Map<String, Object> sample) {
        HttpResponse<String> response = new ApiClient(port).postJson(ApiClient.json(sample.get("request")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("Set-Cookie")).as("stateless: no cookie").isEmpty();
        Map<String, Object> body = ApiClient.body(response);
        Map<String, Object> outputs = (Map<String, Object>) body.get("outputs");
        assertThat(ExpectedOutputs.mismatches((Map<String, Object>) sample.get("expected"), outputs)).as(id)
                .isEmpty();
        assertThat((List<?>) body.get("explanation")).isNotEmpty();
        Map<String, Object> rates = (Map<String, Object>) body.get("rates");
        assertThat(rates.get("version")).asString().isNotBlank();
        assertThat(rates.get("status")).isIn("confirmed", "provisional");
        if ("provisional".equals(rates.get("status"))) {
            assertThat((List<?>) body.get("warnings")).isNotEmpty();
        }
    }
}
