package eu.ondernemerscheck.api;

import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and mistaken requests through real HTTP: each gets the right status and an RFC 9457 problem document naming
 * every bad field by its path, and never a stack trace, class name or SQL.
 */
@IntegrationTest
class CalculationApiProblemsTest {

    @LocalServerPort
    int port;

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("a negative amount",
                        "{\"scheme\":\"nl-kia\",\"year\":2025,\"inputs\":{\"investment_total_eur\":-5}}",
                        List.of("inputs.investment_total_eur")),
                Arguments.of("text where an amount belongs",
                        "{\"scheme\":\"nl-kia\",\"year\":2025,\"inputs\":{\"investment_total_eur\":\"veel\"}}",
                        List.of("inputs.investment_total_eur")),
                Arguments.of("an absurdly large number",
                        "{\"scheme\":\"nl-kia\",\"year\":2025,\"inputs\":{\"investment_total_eur\":1e309}}",
                        List.of("inputs.investment_total_eur")),
                Arguments.of("an unknown enum value",
                        "{\"scheme\":\"be-company-car-benefit\",\"year\":2025,\"inputs\":{\"fuel\":\"steam\","
                                + "\"co2_g_km\":120,\"catalogue_value_eur\":30000,\"first_registration\":\"2024-02\"}}",
                        List.of("inputs.fuel")),
                Arguments.of("an impossible date",
                        "{\"scheme\":\"nl-kor-registration\",\"year\":2025,"
                                + "\"inputs\":{\"desired_date\":\"2025-02-30\"}}",
                        List.of("inputs.desired_date")),
                Arguments.of("a missing required input",
                        "{\"scheme\":\"be-mileage-commute\",\"year\":2025,\"inputs\":{\"one_way_km\":20}}",
                        List.of("inputs.days")),
                Arguments.of("an unknown input",
                        "{\"scheme\":\"be-mileage-commute\",\"year\":2025,\"inputs\":{\"one_way_km\":20,"
                                + "\"days\":10,\"dayz\":3}}",
                        List.of("inputs.dayz")),
                Arguments.of("a bad item inside a list, and a bad year, at once",
                        "{\"scheme\":\"nl-kia\",\"year\":\"twee\",\"inputs\":{\"assets\":[{\"description\":\"a\","
                                + "\"amount_excl_vat_eur\":1000},{\"description\":\"b\",\"amount_excl_vat_eur\":-1}]}}",
                        List.of("year", "inputs.assets[1].amount_excl_vat_eur")),
                Arguments.of("two mutually exclusive inputs",
                        "{\"scheme\":\"nl-kia\",\"year\":2025,\"inputs\":{\"investment_total_eur\":5000,"
                                + "\"assets\":[{\"description\":\"a\",\"amount_excl_vat_eur\":1000}]}}",
                        List.of("inputs.investment_total_eur")),
                Arguments.of("partner shares that do not sum to 1",
                        "{\"scheme\":\"nl-kia\",\"year\":2025,\"inputs\":{\"investment_total_eur\":50000,"
                                + "\"partner_profit_shares\":[0.5,0.4]}}",
                        List.of("inputs.partner_profit_shares")),
                Arguments.of("availability before the first registration",
                        "{\"scheme\":\"be-company-car-benefit\",\"year\":2024,\"inputs\":{\"fuel\":\"petrol\","
                                + "\"co2_g_km\":123,\"catalogue_value_eur\":23000,\"first_registration\":\"2024-02\","
                                + "\"available_from\":\"2024-01-01\",\"available_until\":\"2024-12-31\"}}",
                        List.of("inputs.available_from")),
                Arguments.of("a missing scheme",
                        "{\"year\":2025,\"inputs\":{}}", List.of("scheme")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    @SuppressWarnings("unchecked")
    void invalidInputsAreRefusedWith422NamingEachField(String what, String request, List<String> fields) {
        HttpResponse<String> r = client().postJson(request);

        assertProblem(r, 422);
        List<Map<String, String>> errors = (List<Map<String, String>>) ApiClient.body(r).get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsAll(fields);
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message")).isNotBlank());
    }

    @Test
    void aYearWithoutRatesIsRefusedNeverAnsweredWithAnotherYearsRates() {
        HttpResponse<String> r = client().postJson(
                "{\"scheme\":\"nl-kia\",\"year\":2019,\"inputs\":{\"investment_total_eur\":10000}}");
        assertProblem(r, 422);
        assertThat(ApiClient.body(r).get("type")).asString().endsWith("/no-rates");
        assertThat(r.body()).contains("2019");
    }

    @Test
    void malformedJsonGets400() {
        HttpResponse<String> r = client().postJson("{\"scheme\": \"nl-kia\", ");
        assertProblem(r, 400);
    }

    @Test
    void duplicateKeysAreMalformed() {
        HttpResponse<String> r = client().postJson("{\"scheme\":\"nl-kia\",\"scheme\":\"nl-kor\",\"year\":2025}");
        assertProblem(r, 400);
    }

    @Test
    void anUnknownSchemeGets404() {
        HttpResponse<String> r = client().postJson("{\"scheme\":\"nl-mia\",\"year\":2025,\"inputs\":{}}");
        assertProblem(r, 404);
        assertThat(r.body()).contains("nl-mia");
    }

    @Test
    void aBodyOver64KiBGets413() {
        String padding = "x".repeat(70 * 1024);
        HttpResponse<String> r = client().postJson("{\"scheme\":\"nl-kia\",\"year\":2025,\"inputs\":{\"assets\":"
                + "[{\"description\":\"" + padding + "\",\"amount_excl_vat_eur\":1}]}}");
        assertProblem(r, 413);
    }

    @Test
    void aBodyThatIsNotJsonGets415() {
        HttpResponse<String> r = client().post("/api/v1/calculations", "text/plain", "scheme=nl-kia");
        assertProblem(r, 415);
    }

    @Test
    void theApiSetsNoCookieAndNeedsNoCsrfToken() {
        HttpResponse<String> r = client().postJson(
                "{\"scheme\":\"be-mileage-commute\",\"year\":2025,\"inputs\":{\"one_way_km\":10,\"days\":20}}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void crossOriginCallsAreRefusedUnlessConfigured() {
        HttpResponse<String> r = client().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/calculations"))
                .header("Origin", "https://elders.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSchemeListNamesEverySchemeWithItsYearsAndStatus() {
        HttpResponse<String> r = client().get("/api/v1/schemes");
        assertThat(r.statusCode()).isEqualTo(200);
        List<Map<String, Object>> schemes = (List<Map<String, Object>>) ApiClient.body(r).get("schemes");
        assertThat(schemes).extracting(s -> s.get("scheme")).contains("nl-kia", "nl-kia-disinvestment", "nl-kor",
                "nl-kor-crossing", "nl-kor-revision", "nl-kor-registration", "nl-eu-kor", "be-vat-exemption",
                "be-vat-exemption-switch", "be-company-car-benefit", "be-car-deductibility", "be-mileage-commute",
                "be-mileage-business", "nl-kor-comparison", "be-vat-exemption-comparison");
        Map<String, Object> kia = schemes.stream().filter(s -> s.get("scheme").equals("nl-kia")).findFirst()
                .orElseThrow();
        assertThat((List<Map<String, Object>>) kia.get("years")).extracting(y -> y.get("year"))
                .contains(2015, 2025, 2026).doesNotContain(2019);
    }

    private ApiClient client() {
        return new ApiClient(port);
    }

    static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        Map<String, Object> body = ApiClient.body(r);
        assertThat(body).containsKeys("type", "title", "status", "detail");
        assertThat(body.get("status")).isEqualTo(status);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at eu.").doesNotContain("java.")
                .doesNotContainIgnoringCase("sql").doesNotContain("tools.jackson");
    }
}
