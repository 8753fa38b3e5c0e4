package eu.ondernemerscheck.domain.cardeduction;

import eu.ondernemerscheck.domain.oracle.ExpectedOutputs;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.SchemeInputs;
import eu.ondernemerscheck.domain.rules.ShippedRates;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-derived deductibility cases (tax-rules.md §5): formula 120% − 0.5% × coefficient × CO2; diesel 1, CNG up to 11 hp
 * 0.90, others 0.95; bounds 50–100%, 40% from 200 g/km or when CO2 is unknown; the 2023 reform by order date.
 */
class CarDeductibilitySchemeTest {

    private static final RateBook RATES = ShippedRates.book();
    private static final CarDeductibilityScheme SCHEME = new CarDeductibilityScheme();

    static Outcome run(int year, Map<String, Object> inputs) {
        return SCHEME.calculate(SchemeInputs.parse("inputs", inputs, SCHEME.definition().inputs()), year, RATES);
    }

    static Map<String, Object> car(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("DED-02: petrol 120 g: 120% − 0.475% × 120 = 63%", 2024,
                        car("fuel", "petrol", "co2_g_km", 120, "order_date", "2022-05"),
                        Map.of("formula_pct", 0.63, "deductible_pct", 0.63)),
                Arguments.of("DED-05: diesel 145 g: 120% − 72.5% = 47.5% -> floor 50%", 2024,
                        car("fuel", "diesel", "co2_g_km", 145, "order_date", "2022-05"),
                        Map.of("formula_pct", 0.475, "deductible_pct", 0.5)),
                Arguments.of("Floor edge: diesel 140 g gives exactly 50%", 2024,
                        car("fuel", "diesel", "co2_g_km", 140, "order_date", "2022-05"),
                        Map.of("formula_pct", 0.5, "deductible_pct", 0.5)),
                Arguments.of("Above the floor: diesel 139 g gives 50.5%", 2024,
                        car("fuel", "diesel", "co2_g_km", 139, "order_date", "2022-05"),
                        Map.of("deductible_pct", 0.505)),
                Arguments.of("Ceiling edge: diesel 40 g gives exactly 100%", 2024,
                        car("fuel", "diesel", "co2_g_km", 40, "order_date", "2022-05"),
                        Map.of("formula_pct", 1.0, "deductible_pct", 1.0)),
                Arguments.of("Above the ceiling: diesel 39 g gives 100.5% -> 100%", 2024,
                        car("fuel", "diesel", "co2_g_km", 39, "order_date", "2022-05"),
                        Map.of("formula_pct", 1.005, "deductible_pct", 1.0)),
                Arguments.of("Diesel 199 g: formula 20.5% -> floor 50%", 2024,
                        car("fuel", "diesel", "co2_g_km", 199, "order_date", "2022-05"),
                        Map.of("deductible_pct", 0.5)),
                Arguments.of("Diesel 200 g: '200 g/km or more' (bnr.be, chosen) -> 40%", 2024,
                        car("fuel", "diesel", "co2_g_km", 200, "order_date", "2022-05"),
                        Map.of("formula_pct", 0.2, "deductible_pct", 0.4)),
                Arguments.of("Petrol 201 g -> 40%", 2024,
                        car("fuel", "petrol", "co2_g_km", 201, "order_date", "2022-05"),
                        Map.of("deductible_pct", 0.4)),
                Arguments.of("CO2 unknown -> 40%, no formula", 2024,
                        car("fuel", "petrol", "order_date", "2022-05"),
                        Map.of("deductible_pct", 0.4)),
                Arguments.of("CNG 11 hp, 120 g: 120% − 0.45% × 120 = 66%", 2024,
                        car("fuel", "cng", "co2_g_km", 120, "fiscal_hp", 11, "order_date", "2022-05"),
                        Map.of("deductible_pct", 0.66)),
                Arguments.of("CNG 12 hp, 120 g: coefficient 0.95 -> 63%", 2024,
                        car("fuel", "cng", "co2_g_km", 120, "fiscal_hp", 12, "order_date", "2022-05"),
                        Map.of("deductible_pct", 0.63)),
                Arguments.of("CNG without hp: coefficient 0.95 -> 63%", 2024,
                        car("fuel", "cng", "co2_g_km", 120, "order_date", "2022-05"),
                        Map.of("deductible_pct", 0.63)),
                Arguments.of("Diesel-electric hybrid uses 0.95: 120 g -> 63%", 2024,
                        car("fuel", "hybrid_diesel", "co2_g_km", 120, "order_date", "2022-05"),
                        Map.of("deductible_pct", 0.63)),
                Arguments.of("Sole trader, acquired 2017: diesel 160 g -> 40% formula, floor 50%, acquired 75%", 2024,
                        car("fuel", "diesel", "co2_g_km", 160, "order_date", "2017-03", "acquisition_date", "2017-06-15"),
                        Map.of("formula_pct", 0.4, "deductible_pct", 0.75)),
                Arguments.of("Sole trader, acquired 2017: 210 g -> 40%, acquired 75%", 2024,
                        car("fuel", "diesel", "co2_g_km", 210, "order_date", "2017-03"),
                        Map.of("deductible_pct", 0.75)),
                Arguments.of("Sole trader, acquired 2017-12-31: still the 75% minimum", 2024,
                        car("fuel", "diesel", "co2_g_km", 160, "order_date", "2017-12-31"),
                        Map.of("deductible_pct", 0.75)),
                Arguments.of("Sole trader, acquired 2018-01-01: no 75% minimum -> 50%", 2024,
                        car("fuel", "diesel", "co2_g_km", 160, "order_date", "2017-12-20",
                                "acquisition_date", "2018-01-01"),
                        Map.of("deductible_pct", 0.5)),
                Arguments.of("Company, acquired 2017: no 75% minimum -> 50%", 2024,
                        car("fuel", "diesel", "co2_g_km", 160, "order_date", "2017-03", "taxpayer", "company"),
                        Map.of("deductible_pct", 0.5)),
                Arguments.of("Formula above 75% for a pre-2018 car stays: petrol 60 g -> 91.5%", 2024,
                        car("fuel", "petrol", "co2_g_km", 60, "order_date", "2016-03"),
                        Map.of("deductible_pct", 0.915)),
                Arguments.of("DED-11: 2025 diesel 150 g ordered 2023-09, floor abolished -> 45%", 2025,
                        car("fuel", "diesel", "co2_g_km", 150, "order_date", "2023-09", "taxpayer", "company"),
                        Map.of("formula_pct", 0.45, "deductible_pct", 0.45)),
                Arguments.of("2024, same car: floors still apply -> 50%", 2024,
                        car("fuel", "diesel", "co2_g_km", 150, "order_date", "2023-09", "taxpayer", "company"),
                        Map.of("deductible_pct", 0.5)),
                Arguments.of("Order 2023-06-30 is before the reform: 2025 diesel 150 g keeps the 50% floor", 2025,
                        car("fuel", "diesel", "co2_g_km", 150, "order_date", "2023-06-30"),
                        Map.of("deductible_pct", 0.5)),
                Arguments.of("Order 2023-07-01: 2025 petrol 40 g -> 101% -> 100% -> cap 75%", 2025,
                        car("fuel", "petrol", "co2_g_km", 40, "order_date", "2023-07-01"),
                        Map.of("formula_pct", 1.01, "deductible_pct", 0.75)),
                Arguments.of("Same car 2026: cap 50%", 2026,
                        car("fuel", "petrol", "co2_g_km", 40, "order_date", "2023-07-01"),
                        Map.of("deductible_pct", 0.5)),
                Arguments.of("Same car 2027: cap 25%", 2027,
                        car("fuel", "petrol", "co2_g_km", 40, "order_date", "2023-07-01"),
                        Map.of("deductible_pct", 0.25)),
                Arguments.of("Same car 2028: 0%", 2028,
                        car("fuel", "petrol", "co2_g_km", 40, "order_date", "2023-07-01"),
                        Map.of("deductible_pct", 0.0)),
                Arguments.of("Ordered 2023-06 keeps the formula for life: 2028 petrol 40 g -> 100%", 2028,
                        car("fuel", "petrol", "co2_g_km", 40, "order_date", "2023-06"),
                        Map.of("deductible_pct", 1.0)),
                Arguments.of("2025, ordered 2024-01, diesel 230 g: formula 5%, no floor any more -> 5%", 2025,
                        car("fuel", "diesel", "co2_g_km", 230, "order_date", "2024-01"),
                        Map.of("formula_pct", 0.05, "deductible_pct", 0.05)),
                Arguments.of("2025, ordered 2024-01, diesel 250 g: formula −5% -> 0%", 2025,
                        car("fuel", "diesel", "co2_g_km", 250, "order_date", "2024-01"),
                        Map.of("formula_pct", -0.05, "deductible_pct", 0.0)),
                Arguments.of("Fossil ordered 2025-12-31, in 2026: cap 50% -> petrol 120 g 50%", 2026,
                        car("fuel", "petrol", "co2_g_km", 120, "order_date", "2025-12-31"),
                        Map.of("deductible_pct", 0.5)),
                Arguments.of("Fossil ordered 2026-01-01: 0%", 2026,
                        car("fuel", "petrol", "co2_g_km", 120, "order_date", "2026-01-01"),
                        Map.of("deductible_pct", 0.0)),
                Arguments.of("Plug-in hybrid ordered 2024-03, 2025: formula 105.75% -> cap 75%", 2025,
                        car("fuel", "plugin_hybrid_petrol", "co2_g_km", 30, "order_date", "2024-03"),
                        Map.of("formula_pct", 1.0575, "deductible_pct", 0.75)),
                Arguments.of("Electric ordered 2025: 100% (formula at 0 g is 120%)", 2025,
                        car("fuel", "electric", "order_date", "2025-05"),
                        Map.of("formula_pct", 1.2, "deductible_pct", 1.0)),
                Arguments.of("Electric ordered 2026-12-31, in 2027: 100% for life", 2027,
                        car("fuel", "electric", "order_date", "2026-12-31"),
                        Map.of("deductible_pct", 1.0)),
                Arguments.of("Electric ordered 2027-01-01: 95%", 2027,
                        car("fuel", "electric", "order_date", "2027-01-01"),
                        Map.of("deductible_pct", 0.95)),
                Arguments.of("Hydrogen ordered 2028: 90%", 2028,
                        car("fuel", "hydrogen", "order_date", "2028-02"),
                        Map.of("deductible_pct", 0.9)),
                Arguments.of("2020: petrol 120 g -> 63%", 2020,
                        car("fuel", "petrol", "co2_g_km", 120, "order_date", "2019-05"),
                        Map.of("deductible_pct", 0.63)),
                Arguments.of("DED-41: 18,000/24,000 km, 8,000 costs -> 8,000 × 0.75 × 0.63 = 3,780", 2024,
                        car("fuel", "petrol", "co2_g_km", 120, "order_date", "2022-05", "professional_km", 18000,
                                "total_km", 24000, "car_costs_eur", 8000),
                        Map.of("professional_use_pct", 0.75, "deductible_pct", 0.63, "deductible_costs_eur", 3780.0)),
                Arguments.of("One third professional: 10,000 × 1/3 × 50% = 1,666.67", 2024,
                        car("fuel", "diesel", "co2_g_km", 145, "order_date", "2022-05", "professional_km", 10000,
                                "total_km", 30000, "car_costs_eur", 10000),
                        Map.of("deductible_costs_eur", 1666.67)),
                Arguments.of("No professional km: nothing deductible", 2024,
                        car("fuel", "diesel", "co2_g_km", 145, "order_date", "2022-05", "professional_km", 0,
                                "total_km", 30000, "car_costs_eur", 10000),
                        Map.of("professional_use_pct", 0, "deductible_costs_eur", 0.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void computesTheDeductiblePercentage(String name, int year, Map<String, Object> inputs,
                                         Map<String, Object> expected) {
        Outcome outcome = run(year, inputs);
        assertEquals(List.of(), ExpectedOutputs.mismatches(expected, outcome.outputs()), name);
    }

    @Test
    void unknownCo2HasNoFormulaAndNoCostsWithoutKm() {
        Outcome o = run(2024, car("fuel", "petrol", "order_date", "2022-05"));
        assertNull(o.output("formula_pct"));
        assertNull(o.output("professional_use_pct"));
        assertNull(o.output("deductible_costs_eur"));
        assertEquals(List.of("formula_pct", "deductible_pct", "professional_use_pct", "deductible_costs_eur"),
                List.copyOf(o.outputs().keySet()));
        assertTrue(o.warnings().stream().anyMatch(w -> w.contains("CO2")));
    }

    @Test
    void pluginHybridOfASoleTraderFrom2026IsWarnedAbout() {
        Outcome o = run(2026, car("fuel", "plugin_hybrid_petrol", "co2_g_km", 30, "order_date", "2025-03"));
        assertTrue(o.warnings().stream().anyMatch(w -> w.contains("18 december 2025")));
        assertTrue(o.warnings().stream().anyMatch(w -> w.contains("brandstofkosten")));
    }

    @ParameterizedTest(name = "taxable year {0} has no values and is refused")
    @ValueSource(ints = {2019, 2029})
    void yearsWithoutValuesAreRefused(int year) {
        assertThrows(MissingRateException.class, () -> run(year, car("fuel", "petrol", "co2_g_km", 120,
                "order_date", "2018-05")));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("order after the taxable year", 2024, car("fuel", "petrol", "co2_g_km", 120,
                        "order_date", "2025-01"), List.of("inputs.order_date")),
                Arguments.of("acquired before ordered", 2024, car("fuel", "petrol", "co2_g_km", 120,
                        "order_date", "2022-05", "acquisition_date", "2022-04-30"), List.of("inputs.acquisition_date")),
                Arguments.of("km without costs", 2024, car("fuel", "petrol", "co2_g_km", 120,
                        "order_date", "2022-05", "professional_km", 100), List.of("inputs.total_km",
                        "inputs.car_costs_eur")),
                Arguments.of("more professional than total km", 2024, car("fuel", "petrol", "co2_g_km", 120,
                        "order_date", "2022-05", "professional_km", 200, "total_km", 100, "car_costs_eur", 10),
                        List.of("inputs.professional_km")),
                Arguments.of("zero total km", 2024, car("fuel", "petrol", "co2_g_km", 120,
                        "order_date", "2022-05", "professional_km", 0, "total_km", 0, "car_costs_eur", 10),
                        List.of("inputs.total_km")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void inconsistentInputsNameEveryBadField(String name, int year, Map<String, Object> inputs, List<String> paths) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(year, inputs));
        assertEquals(paths, e.errors().stream().map(FieldError::field).toList());
    }

    static Stream<Arguments> randomCars() {
        Random random = new Random(51123L);
        String[] fuels = {"petrol", "diesel", "lpg", "cng", "electric", "hydrogen", "hybrid_petrol", "hybrid_diesel",
                "plugin_hybrid_petrol", "plugin_hybrid_diesel"};
        return IntStream.range(0, 300).mapToObj(i -> {
            int year = 2020 + random.nextInt(9);
            int orderYear = 2012 + random.nextInt(year - 2011);
            Map<String, Object> in = car("fuel", fuels[random.nextInt(fuels.length)], "co2_g_km", random.nextInt(300),
                    "order_date", String.format("%d-%02d", orderYear, 1 + random.nextInt(12)),
                    "taxpayer", random.nextBoolean() ? "company" : "sole_trader", "fiscal_hp", 5 + random.nextInt(15));
            return Arguments.of(i, year, in);
        });
    }

    @ParameterizedTest(name = "random car {0}")
    @MethodSource("randomCars")
    void deductiblePercentageStaysWithinBoundsAndFallsWithCo2(int i, int year, Map<String, Object> inputs) {
        BigDecimal pct = (BigDecimal) run(year, inputs).output("deductible_pct");
        assertTrue(pct.signum() >= 0 && pct.compareTo(BigDecimal.ONE) <= 0, "0..100%");
        String order = (String) inputs.get("order_date");
        if (order.compareTo("2023-07") < 0) {
            assertTrue(pct.compareTo(new BigDecimal("0.40")) >= 0, "before the reform never below 40%");
        }
        Map<String, Object> dirtier = new HashMap<>(inputs);
        dirtier.put("co2_g_km", (Integer) inputs.get("co2_g_km") + 10);
        assertTrue(((BigDecimal) run(year, dirtier).output("deductible_pct")).compareTo(pct) <= 0,
                "more CO2 never deducts more");
    }
}
