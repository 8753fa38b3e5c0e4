package eu.ondernemerscheck.domain.companycar;

import eu.ondernemerscheck.domain.oracle.ExpectedOutputs;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.MissingRateException;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-derived VAA cases (tax-rules.md §4). Unless said otherwise: petrol reference 2024 = 78, 2025 = 71; diesel 2024 =
 * 65, 2025 = 59; minimum 2024 = 1,600, 2025 = 1,650; yearly formula = catalogue × pct × 6/7.
 */
class CompanyCarBenefitSchemeTest {

    private static final RateBook RATES = ShippedRates.book();
    private static final CompanyCarBenefitScheme SCHEME = new CompanyCarBenefitScheme();

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
                Arguments.of("VAA-01: 2024 petrol 123 g -> 5.5% + 45 × 0.1% = 10%; 23,000 × 10% × 6/7 = 1,971.43",
                        2024, car("fuel", "petrol", "co2_g_km", 123, "catalogue_value_eur", 23000,
                                "first_registration", "2024-02"),
                        Map.of("co2_pct", 0.1, "annual_vaa_eur", 1971.43, "vaa_eur", 1807.14)),
                Arguments.of("Registered in the year, no dates: only Feb-Dec counts -> 1,971.43 × 11/12 = 1,807.14",
                        2024, car("fuel", "petrol", "co2_g_km", 123, "catalogue_value_eur", 23000,
                                "first_registration", "2024-02"),
                        Map.of("formula_vaa_eur", 1807.14, "minimum_vaa_eur", 1466.67)),
                Arguments.of("VAA-02: available 1 Feb-31 Dec 2024 by months -> 11/12 of 1,971.43 = 1,807.14", 2024,
                        car("fuel", "petrol", "co2_g_km", 123, "catalogue_value_eur", 23000,
                                "first_registration", "2024-02", "available_from", "2024-02-01",
                                "available_until", "2024-12-31", "pro_rata", "months"),
                        Map.of("vaa_eur", 1807.14)),
                Arguments.of("VAA-04: 2025 pct 10.7%, months 13-23 at 94%: 2,109.43 × 0.94 × 11/12 = 1,817.62", 2025,
                        car("fuel", "petrol", "co2_g_km", 123, "catalogue_value_eur", 23000,
                                "first_registration", "2024-02", "available_from", "2025-02-01",
                                "available_until", "2025-12-31"),
                        Map.of("co2_pct", 0.107, "vaa_eur", 1817.62)),
                Arguments.of("VAA-07: electric 4%: 35,000 × 4% × 6/7 = 1,200 < minimum 1,650", 2025,
                        car("fuel", "electric", "catalogue_value_eur", 35000, "first_registration", "2025-01"),
                        Map.of("co2_used_g_km", 0, "co2_pct", 0.04, "formula_vaa_eur", 1200.0,
                                "vaa_eur", 1650.0, "annual_vaa_eur", 1650.0)),
                Arguments.of("VAA-13: diesel 120 g, 11%; Jan-Sep month 28-36 at 88%, Oct-Dec month 37-39 at 82%"
                                + " -> 4,242.86 × (9 × 0.88 + 3 × 0.82)/12 = 3,670.07", 2024,
                        car("fuel", "diesel", "co2_g_km", 120, "catalogue_value_eur", 45000,
                                "first_registration", "2021-10"),
                        Map.of("co2_pct", 0.11, "vaa_eur", 3670.07, "annual_vaa_eur", 3733.71,
                                "months[0]", Map.of("month", "2024-01", "age_coefficient", 0.88, "vaa_eur", 311.14),
                                "months[9]", Map.of("month", "2024-10", "age_coefficient", 0.82, "vaa_eur", 289.93))),
                Arguments.of("Same car by days in leap 2024: 4,242.86 × (274 × 0.88 + 92 × 0.82)/366 = 3,669.72", 2024,
                        car("fuel", "diesel", "co2_g_km", 120, "catalogue_value_eur", 45000,
                                "first_registration", "2021-10", "pro_rata", "days"),
                        Map.of("vaa_eur", 3669.72)),
                Arguments.of("Registered 2023-06: Jan-May 2024 months 8-12 at 100%, Jun-Dec at 94%"
                                + " -> 1,971.43 × 11.58/12 = 1,902.43", 2024,
                        car("fuel", "petrol", "co2_g_km", 123, "catalogue_value_eur", 23000,
                                "first_registration", "2023-06"),
                        Map.of("vaa_eur", 1902.43, "annual_vaa_eur", 1971.43)),
                Arguments.of("Age edge: registered 2023-03, Feb 2024 is month 12 (100%), Mar 2024 month 13 (94%)"
                                + " -> 1,971.43 × (2 + 10 × 0.94)/12 = 1,872.86", 2024,
                        car("fuel", "petrol", "co2_g_km", 123, "catalogue_value_eur", 23000,
                                "first_registration", "2023-03"),
                        Map.of("vaa_eur", 1872.86, "months[1]", Map.of("month", "2024-02", "age_coefficient", 1.0),
                                "months[2]", Map.of("month", "2024-03", "age_coefficient", 0.94))),
                Arguments.of("More than 60 months: registered 2018-01, 2024 month 73+ at 70%: 30,000 × 9% × 6/7 × 0.7"
                                + " = 1,620", 2024,
                        car("fuel", "diesel", "co2_g_km", 100, "catalogue_value_eur", 30000,
                                "first_registration", "2018-01"),
                        Map.of("vaa_eur", 1620.0, "months[11]", Map.of("age_coefficient", 0.7))),
                Arguments.of("Minimum per month after the age coefficient: 36,000 at 5.5% = 1,697.14/yr; Jan-Jun"
                                + " 141.43/month beat 137.50, Jul-Dec 132.94 do not -> 848.57 + 825 = 1,673.57"
                                + " (a yearly comparison would give 1,650)", 2025,
                        car("fuel", "petrol", "co2_g_km", 71, "catalogue_value_eur", 36000,
                                "first_registration", "2024-07"),
                        Map.of("vaa_eur", 1673.57, "formula_vaa_eur", 1646.23, "minimum_vaa_eur", 1650.0,
                                "annual_vaa_eur", 1697.14)),
                Arguments.of("Days pro rata in leap 2024 from 15 Feb: 321/366 × 1,971.43 = 1,729.04", 2024,
                        car("fuel", "petrol", "co2_g_km", 123, "catalogue_value_eur", 23000,
                                "first_registration", "2024-02", "available_from", "2024-02-15", "pro_rata", "days"),
                        Map.of("vaa_eur", 1729.04, "minimum_vaa_eur", 1403.28)),
                Arguments.of("Registered mid-month, months pro rata from 15 Feb: Feb counts 15/29 of a month"
                                + " -> 1,971.43 × (15/29 + 10)/12 = 1,727.83", 2024,
                        car("fuel", "petrol", "co2_g_km", 123, "catalogue_value_eur", 23000,
                                "first_registration", "2024-02", "available_from", "2024-02-15"),
                        Map.of("vaa_eur", 1727.83, "minimum_vaa_eur", 1402.30)),
                Arguments.of("Registered July, no dates: Jul-Dec only -> 1,971.43 × 6/12 = 985.71", 2024,
                        car("fuel", "petrol", "co2_g_km", 123, "catalogue_value_eur", 23000,
                                "first_registration", "2024-07"),
                        Map.of("vaa_eur", 985.71, "minimum_vaa_eur", 800.0)),
                Arguments.of("Until 31 Mar: Jan-Mar = 3/12 of 1,971.43 = 492.86", 2024,
                        car("fuel", "petrol", "co2_g_km", 123, "catalogue_value_eur", 23000,
                                "first_registration", "2023-12", "available_until", "2024-03-31"),
                        Map.of("vaa_eur", 492.86)),
                Arguments.of("Floor edge: petrol 63 g in 2024 -> 5.5% − 1.5% = 4% exactly", 2024,
                        car("fuel", "petrol", "co2_g_km", 63, "catalogue_value_eur", 30000, "first_registration", "2024-01"),
                        Map.of("co2_pct", 0.04)),
                Arguments.of("Below floor: petrol 62 g in 2024 -> 3.9%, raised to 4%", 2024,
                        car("fuel", "petrol", "co2_g_km", 62, "catalogue_value_eur", 30000, "first_registration", "2024-01"),
                        Map.of("co2_pct", 0.04)),
                Arguments.of("Above floor: petrol 64 g in 2024 -> 4.1%", 2024,
                        car("fuel", "petrol", "co2_g_km", 64, "catalogue_value_eur", 30000, "first_registration", "2024-01"),
                        Map.of("co2_pct", 0.041)),
                Arguments.of("Cap edge: diesel 190 g in 2024 -> 5.5% + 12.5% = 18%", 2024,
                        car("fuel", "diesel", "co2_g_km", 190, "catalogue_value_eur", 30000, "first_registration", "2024-01"),
                        Map.of("co2_pct", 0.18)),
                Arguments.of("Above cap: diesel 191 g in 2024 -> 18.1%, capped at 18%", 2024,
                        car("fuel", "diesel", "co2_g_km", 191, "catalogue_value_eur", 30000, "first_registration", "2024-01"),
                        Map.of("co2_pct", 0.18)),
                Arguments.of("Below cap: diesel 189 g in 2024 -> 17.9%", 2024,
                        car("fuel", "diesel", "co2_g_km", 189, "catalogue_value_eur", 30000, "first_registration", "2024-01"),
                        Map.of("co2_pct", 0.179)),
                Arguments.of("Hydrogen: 4% like electric", 2025,
                        car("fuel", "hydrogen", "catalogue_value_eur", 70000, "first_registration", "2025-01"),
                        Map.of("co2_pct", 0.04, "vaa_eur", 2400.0)),
                Arguments.of("LPG uses the petrol reference: 2025 LPG 101 g -> 5.5% + 30 × 0.1% = 8.5%", 2025,
                        car("fuel", "lpg", "co2_g_km", 101, "catalogue_value_eur", 30000, "first_registration", "2025-01"),
                        Map.of("co2_pct", 0.085)),
                Arguments.of("CNG uses the petrol reference: 2025 CNG 91 g -> 7.5%", 2025,
                        car("fuel", "cng", "co2_g_km", 91, "catalogue_value_eur", 30000, "first_registration", "2025-01"),
                        Map.of("co2_pct", 0.075)),
                Arguments.of("Diesel hybrid uses the petrol reference (§4.1): 2025, 99 g -> 5.5% + 28 × 0.1% = 8.3%",
                        2025, car("fuel", "hybrid_diesel", "co2_g_km", 99, "catalogue_value_eur", 30000,
                                "first_registration", "2025-01"),
                        Map.of("co2_pct", 0.083)),
                Arguments.of("Plug-in hybrid at 50 g is not 'fake': 5.5% − 2.1% = 3.4% -> floor 4%", 2025,
                        car("fuel", "plugin_hybrid_petrol", "co2_g_km", 50, "catalogue_value_eur", 50000,
                                "first_registration", "2025-01"),
                        Map.of("co2_used_g_km", 50, "co2_pct", 0.04)),
                Arguments.of("'Fake' plug-in hybrid at 51 g: × 2.5 = 127.5 g -> 5.5% + 56.5 × 0.1% = 11.15%", 2025,
                        car("fuel", "plugin_hybrid_petrol", "co2_g_km", 51, "catalogue_value_eur", 50000,
                                "first_registration", "2025-01"),
                        Map.of("co2_used_g_km", 127.5, "co2_pct", 0.1115)),
                Arguments.of("'Fake' diesel plug-in hybrid 60 g: 150 g against the petrol 71 (§4.1) -> 13.4%", 2025,
                        car("fuel", "plugin_hybrid_diesel", "co2_g_km", 60, "catalogue_value_eur", 50000,
                                "first_registration", "2025-01"),
                        Map.of("co2_used_g_km", 150, "co2_pct", 0.134)),
                Arguments.of("Euro 6e-bis 2025: 75 g limit, 75 g counts as declared -> 5.5% + 0.4% = 5.9%", 2025,
                        car("fuel", "plugin_hybrid_petrol", "co2_g_km", 75, "catalogue_value_eur", 50000,
                                "first_registration", "2025-01", "euro6e_bis", true),
                        Map.of("co2_used_g_km", 75, "co2_pct", 0.059)),
                Arguments.of("Euro 6e-bis 2025: 76 g is 'fake' -> 190 g -> 17.4%", 2025,
                        car("fuel", "plugin_hybrid_petrol", "co2_g_km", 76, "catalogue_value_eur", 50000,
                                "first_registration", "2025-01", "euro6e_bis", true),
                        Map.of("co2_used_g_km", 190, "co2_pct", 0.174)),
                Arguments.of("Euro 6e-bis in 2024: the 75 g limit does not apply yet, 60 g > 50 -> 150 g -> 12.7%",
                        2024, car("fuel", "plugin_hybrid_petrol", "co2_g_km", 60, "catalogue_value_eur", 50000,
                                "first_registration", "2024-01", "euro6e_bis", true),
                        Map.of("co2_used_g_km", 150, "co2_pct", 0.127)),
                Arguments.of("2018: diesel 100 g vs 86 -> 6.9%; 30,000 × 6.9% × 6/7 = 1,774.29", 2018,
                        car("fuel", "diesel", "co2_g_km", 100, "catalogue_value_eur", 30000, "first_registration", "2018-01"),
                        Map.of("vaa_eur", 1774.29)),
                Arguments.of("2019: diesel 100 g vs 88 -> 6.7% -> 1,722.86", 2019,
                        car("fuel", "diesel", "co2_g_km", 100, "catalogue_value_eur", 30000, "first_registration", "2019-01"),
                        Map.of("vaa_eur", 1722.86)),
                Arguments.of("2023: diesel 100 g vs 67 -> 8.8% -> 2,262.86", 2023,
                        car("fuel", "diesel", "co2_g_km", 100, "catalogue_value_eur", 30000, "first_registration", "2023-01"),
                        Map.of("vaa_eur", 2262.86)),
                Arguments.of("2024: diesel 100 g vs 65 -> 9% -> 2,314.29", 2024,
                        car("fuel", "diesel", "co2_g_km", 100, "catalogue_value_eur", 30000, "first_registration", "2024-01"),
                        Map.of("vaa_eur", 2314.29)),
                Arguments.of("2025: diesel 100 g vs 59 -> 9.6% -> 2,468.57", 2025,
                        car("fuel", "diesel", "co2_g_km", 100, "catalogue_value_eur", 30000, "first_registration", "2025-01"),
                        Map.of("vaa_eur", 2468.57)),
                Arguments.of("2026: diesel 100 g vs 58 -> 9.7% -> 2,494.29; minimum 1,690", 2026,
                        car("fuel", "diesel", "co2_g_km", 100, "catalogue_value_eur", 30000, "first_registration", "2026-01"),
                        Map.of("vaa_eur", 2494.29, "minimum_vaa_eur", 1690.0)),
                Arguments.of("2026 electric: minimum 1,690 applies", 2026,
                        car("fuel", "electric", "catalogue_value_eur", 20000, "first_registration", "2026-01"),
                        Map.of("vaa_eur", 1690.0)),
                Arguments.of("Zero catalogue value: the minimum alone", 2025,
                        car("fuel", "petrol", "co2_g_km", 100, "catalogue_value_eur", 0, "first_registration", "2020-01"),
                        Map.of("formula_vaa_eur", 0.0, "vaa_eur", 1650.0)),
                Arguments.of("One day by days in 2025: 31 Dec only -> 1,650/365 = 4.52 (minimum wins)", 2025,
                        car("fuel", "electric", "catalogue_value_eur", 20000, "first_registration", "2025-01",
                                "available_from", "2025-12-31", "pro_rata", "days"),
                        Map.of("vaa_eur", 4.52)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void computesTheBenefit(String name, int year, Map<String, Object> inputs, Map<String, Object> expected) {
        Outcome outcome = run(year, inputs);
        assertEquals(List.of(), ExpectedOutputs.mismatches(expected, outcome.outputs()), name);
        assertFalse(outcome.explanation().isEmpty());
    }

    @Test
    void outputsArePresentInContractOrder() {
        Outcome o = run(2025, car("fuel", "petrol", "co2_g_km", 123, "catalogue_value_eur", 23000,
                "first_registration", "2024-02"));
        assertEquals(List.of("co2_used_g_km", "co2_pct", "annual_vaa_eur", "formula_vaa_eur", "minimum_vaa_eur",
                "vaa_eur", "months"), List.copyOf(o.outputs().keySet()));
        assertEquals(12, ((List<?>) o.output("months")).size());
        assertEquals(2, ((BigDecimal) o.output("vaa_eur")).scale());
    }

    @ParameterizedTest(name = "{0} has no reference CO2 or minimum in the sources and is refused")
    @ValueSource(ints = {2017, 2020, 2021, 2022, 2027})
    void yearsWithoutValuesAreRefused(int year) {
        assertThrows(MissingRateException.class, () -> run(year, car("fuel", "diesel", "co2_g_km", 120,
                "catalogue_value_eur", 30000, "first_registration", "2016-01")));
    }

    // 2021 has a minimum (1,370, from a page on electric cars paying it) but no reference emissions: an electric car
    // needs only the minimum. 30,000 × 4% × 6/7 = 1,028.57 for the year, below the minimum, so 1,370.
    @Test
    void electricCarIn2021PaysTheMinimumWithoutNeedingAReference() {
        Outcome o = run(2021, car("fuel", "electric", "catalogue_value_eur", 30000, "first_registration", "2021-01"));
        assertEquals(0, new java.math.BigDecimal("1370.00").compareTo((java.math.BigDecimal) o.output("vaa_eur")));
        assertEquals(0, new java.math.BigDecimal("1028.57").compareTo(
                (java.math.BigDecimal) o.output("formula_vaa_eur")));
    }

    @Test
    void aPetrolCarIn2021IsRefusedForWantOfAReference() {
        assertThrows(MissingRateException.class, () -> run(2021, car("fuel", "petrol", "co2_g_km", 110,
                "catalogue_value_eur", 30000, "first_registration", "2021-01")));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("CO2 missing for petrol", 2025, car("fuel", "petrol", "catalogue_value_eur", 30000,
                        "first_registration", "2025-01"), List.of("inputs.co2_g_km")),
                Arguments.of("available before first registration, and CO2 missing", 2025, car("fuel", "diesel",
                                "catalogue_value_eur", 30000, "first_registration", "2025-03",
                                "available_from", "2025-02-28"),
                        List.of("inputs.co2_g_km", "inputs.available_from")),
                Arguments.of("available_from outside the year", 2025, car("fuel", "electric",
                                "catalogue_value_eur", 30000, "first_registration", "2023-03",
                                "available_from", "2024-12-31"), List.of("inputs.available_from")),
                Arguments.of("available_until outside the year", 2025, car("fuel", "electric",
                                "catalogue_value_eur", 30000, "first_registration", "2023-03",
                                "available_until", "2026-01-01"), List.of("inputs.available_until")),
                Arguments.of("until before from", 2025, car("fuel", "electric", "catalogue_value_eur", 30000,
                                "first_registration", "2023-03", "available_from", "2025-06-01",
                                "available_until", "2025-05-31"), List.of("inputs.available_until")),
                Arguments.of("until before first registration", 2025, car("fuel", "electric",
                                "catalogue_value_eur", 30000, "first_registration", "2025-07",
                                "available_until", "2025-06-30"), List.of("inputs.available_until")),
                Arguments.of("registered after the year", 2025, car("fuel", "electric", "catalogue_value_eur", 30000,
                        "first_registration", "2026-01"), List.of("inputs.first_registration")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void inconsistentInputsNameEveryBadField(String name, int year, Map<String, Object> inputs, List<String> paths) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(year, inputs));
        assertEquals(paths, e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void unknownFuelIsRefusedByTheFieldRules() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(2025, car("fuel", "steam",
                "catalogue_value_eur", -1, "first_registration", "2025-13")));
        assertEquals(List.of("inputs.fuel", "inputs.catalogue_value_eur", "inputs.first_registration"),
                e.errors().stream().map(FieldError::field).toList());
    }

    static Stream<Arguments> randomCars() {
        Random random = new Random(20261123L);
        String[] fuels = {"petrol", "diesel", "lpg", "cng", "electric", "hydrogen", "hybrid_petrol", "hybrid_diesel",
                "plugin_hybrid_petrol", "plugin_hybrid_diesel"};
        int[] years = {2018, 2019, 2023, 2024, 2025, 2026};
        return IntStream.range(0, 300).mapToObj(i -> {
            int year = years[random.nextInt(years.length)];
            int regYear = year - random.nextInt(8);
            int regMonth = 1 + random.nextInt(12);
            String fuel = fuels[random.nextInt(fuels.length)];
            Map<String, Object> in = car("fuel", fuel, "co2_g_km", random.nextInt(260),
                    "catalogue_value_eur", 5000 + random.nextInt(120000),
                    "first_registration", String.format("%d-%02d", regYear, regMonth),
                    "pro_rata", random.nextBoolean() ? "months" : "days", "euro6e_bis", random.nextBoolean());
            if (random.nextBoolean() && regYear < year) {
                int day = 1 + random.nextInt(300);
                in.put("available_from", java.time.LocalDate.ofYearDay(year, day).toString());
                in.put("available_until", java.time.LocalDate.ofYearDay(year, day + random.nextInt(60)).toString());
            }
            return Arguments.of(i, year, in);
        });
    }

    @ParameterizedTest(name = "random car {0}")
    @MethodSource("randomCars")
    void neverBelowTheMinimumAndMonotoneInCatalogueValue(int i, int year, Map<String, Object> inputs) {
        Outcome o = run(year, inputs);
        BigDecimal vaa = (BigDecimal) o.output("vaa_eur");
        BigDecimal pct = (BigDecimal) o.output("co2_pct");
        assertTrue(vaa.compareTo((BigDecimal) o.output("minimum_vaa_eur")) >= 0, "never below the minimum");
        assertTrue(vaa.compareTo((BigDecimal) o.output("formula_vaa_eur")) >= 0, "never below the formula");
        assertTrue(pct.compareTo(new BigDecimal("0.04")) >= 0 && pct.compareTo(new BigDecimal("0.18")) <= 0);
        BigDecimal monthSum = BigDecimal.ZERO;
        for (Object row : (List<?>) o.output("months")) {
            monthSum = monthSum.add((BigDecimal) ((Map<?, ?>) row).get("vaa_eur"));
        }
        int months = ((List<?>) o.output("months")).size();
        assertTrue(monthSum.subtract(vaa).abs().compareTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(months)))
                <= 0, "months add up to the total within rounding");
        Map<String, Object> dearer = new HashMap<>(inputs);
        dearer.put("catalogue_value_eur", ((Integer) inputs.get("catalogue_value_eur")) + 1000);
        assertTrue(((BigDecimal) run(year, dearer).output("vaa_eur")).compareTo(vaa) >= 0, "monotone in value");
    }
}
