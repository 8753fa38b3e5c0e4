package eu.ondernemerscheck.application.rateimpact.service;

import eu.ondernemerscheck.domain.portfolio.StoredResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the recompute tells the store about each client year: only a year with a stored scheme missing from its new
 * results may lose a current result, so only for such a year does the store look for one to delete.
 */
class RecomputeDroppedSchemesTest {

    @Test
    void aStoredSchemeMissingFromTheNewResultsDrops() {
        assertThat(FirmRecomputeService.dropsScheme(results("nl-kia", "nl-kor"), results("nl-kia"))).isTrue();
        assertThat(FirmRecomputeService.dropsScheme(results("nl-kor"), results("nl-kia"))).isTrue();
    }

    @Test
    void theSameOrMoreSchemesDropNone() {
        assertThat(FirmRecomputeService.dropsScheme(results("nl-kia", "nl-kor"), results("nl-kor", "nl-kia")))
                .isFalse();
        assertThat(FirmRecomputeService.dropsScheme(results("nl-kia"), results("nl-kia", "nl-kor"))).isFalse();
        assertThat(FirmRecomputeService.dropsScheme(List.of(), results("nl-kia"))).isFalse();
        assertThat(FirmRecomputeService.dropsScheme(List.of(), List.of())).isFalse();
    }

    private static List<StoredResult> results(String... schemes) {
        return Arrays.stream(schemes).map(RecomputeDroppedSchemesTest::result).toList();
    }

    private static StoredResult result(String scheme) {
        return new StoredResult(1, 2026, scheme, "", BigDecimal.ONE, "€ 1", "v1", false, false, "",
                Instant.parse("2026-06-01T00:00:00Z"));
    }
}
