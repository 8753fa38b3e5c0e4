package eu.ondernemerscheck.domain.mileage;

import eu.ondernemerscheck.domain.oracle.ExpectedOutputs;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.SchemeInputs;
import eu.ondernemerscheck.domain.rules.ShippedRates;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-derived cases for the business km allowance (tax-rules.md §6.2 and §7). */
class BusinessMileageSchemeTest {

    private static final RateBook RATES = ShippedRates.book();
    private static final BusinessMileageScheme SCHEME = new BusinessMileageScheme();

    static Outcome run(int year, Map<String, Object> inputs) {
        return SCHEME.calculate(SchemeInputs.parse("inputs", inputs, SCHEME.definition().inputs()), year, RATES);
    }

    static Map<String, Object> trip(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @ParameterizedTest(name = "{0} {1}: {2} €/km")
    @CsvSource({
            "quarterly, 2016-07-01, 0.3363", "quarterly, 2019-06-30, 0.3573", "annual, 2018-07-01, 0.3573",
            "quarterly, 2020-07-01, 0.3542", "quarterly, 2022-06-30, 0.3707", "annual, 2021-07-01, 0.3707",
            "quarterly, 2022-08-15, 0.4170", "quarterly, 2022-11-01, 0.4201", "annual, 2022-11-01, 0.4170",
            "quarterly, 2023-01-01, 0.4259", "quarterly, 2023-06-30, 0.4246", "quarterly, 2023-07-01, 0.4237",
            "quarterly, 2023-12-31, 0.4259", "annual, 2023-07-01, 0.4280", "annual, 2024-06-30, 0.4280",
            "quarterly, 2024-02-29, 0.4269", "quarterly, 2024-04-01, 0.4265", "quarterly, 2024-09-30, 0.4297",
            "quarterly, 2024-12-31, 0.4293", "annual, 2024-07-01, 0.4415", "annual, 2025-06-30, 0.4415",
            "quarterly, 2025-01-01, 0.4290", "quarterly, 2025-03-31, 0.4290", "quarterly, 2025-04-01, 0.4320",
            "quarterly, 2025-07-01, 0.4309", "quarterly, 2025-10-01, 0.4312", "annual, 2025-07-01, 0.4449",
            "annual, 2026-06-30, 0.4449", "quarterly, 2026-01-01, 0.4326", "quarterly, 2026-03-31, 0.4326"})
    void rateInForceOnTheDay(String indexation, String date, BigDecimal rate) {
        Outcome o = run(Integer.parseInt(date.substring(0, 4)), trip("business_km", 100, "date", date,
                "indexation", indexation));
        assertEquals(0, rate.compareTo((BigDecimal) o.output("rate_eur_per_km")));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("KM-02: 1,000 km in 2025 Q1 at 0.4290 = 429", 2025,
                        trip("business_km", 1000, "date", "2025-02-15"),
                        Map.of("rate_eur_per_km", 0.429, "km_at_forfait", 1000, "km_needing_proof", 0,
                                "max_tax_free_eur", 429.0)),
                Arguments.of("KM-08: 26,000 km in Q3 2025: 24,000 × 0.4309 = 10,341.60, 2,000 need proof", 2025,
                        trip("business_km", 26000, "date", "2025-08-15"),
                        Map.of("rate_eur_per_km", 0.4309, "km_at_forfait", 24000, "km_needing_proof", 2000,
                                "max_tax_free_eur", 10341.6)),
                Arguments.of("Exactly 24,000 km: all at the forfait", 2025,
                        trip("business_km", 24000, "date", "2025-02-15"),
                        Map.of("km_at_forfait", 24000, "km_needing_proof", 0, "max_tax_free_eur", 10296.0)),
                Arguments.of("24,001 km: one km needs proof", 2025,
                        trip("business_km", 24001, "date", "2025-02-15"),
                        Map.of("km_at_forfait", 24000, "km_needing_proof", 1)),
                Arguments.of("20,000 earlier + 5,000 now: 4,000 at 0.4312 = 1,724.80, 1,000 need proof", 2025,
                        trip("business_km", 5000, "date", "2025-11-03", "business_km_before_in_year", 20000),
                        Map.of("km_at_forfait", 4000, "km_needing_proof", 1000, "max_tax_free_eur", 1724.8)),
                Arguments.of("Earlier km already over the limit: nothing at the forfait", 2025,
                        trip("business_km", 500, "date", "2025-11-03", "business_km_before_in_year", 25000),
                        Map.of("km_at_forfait", 0, "km_needing_proof", 500, "max_tax_free_eur", 0.0)),
                Arguments.of("Zero km", 2025, trip("business_km", 0, "date", "2025-11-03"),
                        Map.of("km_at_forfait", 0, "max_tax_free_eur", 0.0)),
                Arguments.of("Annual rate 2025-08: 1,234.5 km × 0.4449 = 549.23", 2025,
                        trip("business_km", 1234.5, "date", "2025-08-01", "indexation", "annual"),
                        Map.of("rate_eur_per_km", 0.4449, "max_tax_free_eur", 549.23)),
                Arguments.of("2026 Q1 newest value 0.4326: 1,000 km = 432.60", 2026,
                        trip("business_km", 1000, "date", "2026-02-01"),
                        Map.of("rate_eur_per_km", 0.4326, "max_tax_free_eur", 432.6)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void computesTheAllowance(String name, int year, Map<String, Object> inputs, Map<String, Object> expected) {
        assertEquals(List.of(), ExpectedOutputs.mismatches(expected, run(year, inputs).outputs()), name);
    }

    @ParameterizedTest(name = "{0} on {1} has no rate and is refused")
    @CsvSource({"quarterly, 2019-07-01", "quarterly, 2020-03-15", "annual, 2020-06-30", "quarterly, 2026-04-01",
            "quarterly, 2026-12-31", "annual, 2026-07-01", "quarterly, 2016-06-30"})
    void periodsWithoutRatesAreRefused(String indexation, String date) {
        assertThrows(MissingRateException.class, () -> run(Integer.parseInt(date.substring(0, 4)),
                trip("business_km", 100, "date", date, "indexation", indexation)));
    }

    @Test
    void provisionalRatesAreFlaggedAndTheConfirmedOneIsNot() {
        assertEquals(RateStatus.PROVISIONAL, run(2025, trip("business_km", 1, "date", "2025-02-15")).status());
        Outcome q1 = run(2026, trip("business_km", 1, "date", "2026-02-15"));
        assertTrue(q1.ratesUsed().stream().anyMatch(v -> v.value().compareTo(new BigDecimal("0.4326")) == 0
                && v.status() == RateStatus.CONFIRMED));
    }

    @Test
    void dateOutsideTheYearIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(2025, trip("business_km", 10,
                "date", "2024-12-31")));
        assertEquals(List.of("inputs.date"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void negativeKmAndUnknownIndexationAreNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(2025, trip("business_km", -1,
                "date", "2025-02-15", "indexation", "monthly")));
        assertEquals(List.of("inputs.business_km", "inputs.indexation"),
                e.errors().stream().map(FieldError::field).toList());
    }

    static Stream<Arguments> randomTrips() {
        Random random = new Random(6_2L);
        return IntStream.range(0, 100).mapToObj(i -> Arguments.of(i, random.nextInt(40000), random.nextInt(40000),
                String.format("2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))));
    }

    @ParameterizedTest(name = "random trip {0}")
    @MethodSource("randomTrips")
    void kmAddUpAndTheForfaitNeverExceedsTheYearlyLimit(int i, int km, int before, String date) {
        Outcome o = run(2025, trip("business_km", km, "date", date, "business_km_before_in_year", before));
        BigDecimal atForfait = (BigDecimal) o.output("km_at_forfait");
        BigDecimal proof = (BigDecimal) o.output("km_needing_proof");
        assertEquals(0, atForfait.add(proof).compareTo(BigDecimal.valueOf(km)));
        assertTrue(atForfait.add(BigDecimal.valueOf(before)).compareTo(BigDecimal.valueOf(Math.max(24000, before)))
                <= 0);
    }
}
