package eu.ondernemerscheck.api;

import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.rates.port.out.PublishRatesPort;
import eu.ondernemerscheck.application.rates.port.out.PublishRatesPort.RateChange;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A rate change published through the rate port is what the very next API response computes with. */
@IntegrationTest
class RateChangeReachesTheApiTest {

    private static final RateKey COMMUTE = RateKey.of("be.commute.rate_per_km");
    private static final String REQUEST =
            "{\"scheme\":\"be-mileage-commute\",\"year\":2025,\"inputs\":{\"one_way_km\":40,\"days\":200}}";

    @LocalServerPort
    int port;
    @Autowired
    PublishRatesPort publish;
    @Autowired
    LoadRateBookPort rates;

    @Test
    @SuppressWarnings("unchecked")
    void thePublishedRateAndItsVersionAreUsedByTheNextResponse() {
        ApiClient api = new ApiClient(port);
        Map<String, Object> before = ApiClient.body(api.postJson(REQUEST));
        assertThat(((Map<String, Object>) before.get("outputs")).get("deduction_eur")).isEqualTo(
                new BigDecimal("2400.00"));

        RateValue current = rates.currentRateBook().require(COMMUTE, LocalDate.of(2025, 6, 1));
        RateValue changed = new RateValue(COMMUTE, current.effectiveFrom(), current.effectiveUntil(),
                new BigDecimal("0.16"), RateStatus.PROVISIONAL, current.source(), LocalDate.of(2026, 11, 23),
                "test change");
        publish.publish(new RateChange("test 0.16", "test", "a test of the API", List.of(current),
                List.of(changed)));
        try {
            Map<String, Object> after = ApiClient.body(api.postJson(REQUEST));
            assertThat(((Map<String, Object>) after.get("outputs")).get("deduction_eur")).isEqualTo(
                    new BigDecimal("2560.00"));
            Map<String, Object> used = (Map<String, Object>) after.get("rates");
            assertThat(used.get("version")).asString().contains("test 0.16");
            assertThat(used.get("status")).isEqualTo("provisional");
            assertThat((List<String>) after.get("warnings")).isNotEmpty();
        } finally {
            publish.publish(new RateChange("test restore", "test", "restore after the test", List.of(changed),
                    List.of(current)));
        }
        Map<String, Object> restored = ApiClient.body(api.postJson(REQUEST));
        assertThat(((Map<String, Object>) restored.get("outputs")).get("deduction_eur")).isEqualTo(
                new BigDecimal("2400.00"));
    }
}
