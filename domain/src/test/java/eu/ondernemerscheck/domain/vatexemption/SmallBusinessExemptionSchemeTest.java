package eu.ondernemerscheck.domain.vatexemption;

import eu.ondernemerscheck.domain.oracle.ExpectedOutputs;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.rules.SchemeInputs;
import eu.ondernemerscheck.domain.rules.ShippedRates;
import eu.ondernemerscheck.domain.rules.Source;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** Hand-derived cases for the BE small-business exemption (tax-rules.md §3): threshold 25,000, tolerance 10%. */
class SmallBusinessExemptionSchemeTest {

    private static final RateBook RATES = ShippedRates.book();
    private static final SmallBusinessExemptionScheme SCHEME = new SmallBusinessExemptionScheme();

    static Outcome run(int year, Map<String, Object> inputs, RateBook rates) {
        return SCHEME.calculate(SchemeInputs.parse("inputs", inputs, SCHEME.definition().inputs()), year, rates);
    }

    static Outcome run(int year, Map<String, Object> inputs) {
        return run(year, inputs, RATES);
    }

    static Map<String, Object> in(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("BEVR-03: start 1 Jul 2025 -> 25,000 × 184/365 = 12,602.74; 12,000 fits", 2025,
                        in("start_date", "2025-07-01", "taxable_turnover_eur", 12000),
                        Map.of("threshold_eur", 12602.74, "eligible", true, "within_tolerance", false)),
                Arguments.of("BEVR-06: asset sales and ancillary financial not counted -> 20,000", 2025,
                        in("taxable_turnover_eur", 20000, "business_asset_sales_eur", 6000,
                                "ancillary_financial_eur", 1000),
                        Map.of("counted_turnover_eur", 20000, "eligible", true)),
                Arguments.of("Counted: 10,000 + real estate 5,000 + financial 3,000 + insurance 2,000 = 20,000", 2025,
                        in("taxable_turnover_eur", 10000, "exempt_real_estate_eur", 5000, "exempt_financial_eur", 3000,
                                "exempt_insurance_eur", 2000, "ancillary_financial_eur", 4000),
                        Map.of("counted_turnover_eur", 20000, "eligible", true)),
                Arguments.of("Zero turnover: eligible", 2025, in(),
                        Map.of("counted_turnover_eur", 0, "threshold_eur", 25000, "eligible", true,
                                "within_tolerance", false)),
                Arguments.of("Exactly 25,000: not above the threshold, eligible", 2025,
                        in("taxable_turnover_eur", 25000), Map.of("eligible", true, "within_tolerance", false)),
                Arguments.of("25,000.01: above, but within the 10% tolerance", 2025,
                        in("taxable_turnover_eur", 25000.01), Map.of("eligible", false, "within_tolerance", true)),
                Arguments.of("27,500: the top of the tolerance", 2025,
                        in("taxable_turnover_eur", 27500), Map.of("eligible", false, "within_tolerance", true)),
                Arguments.of("27,500.01: above the tolerance, the exemption ends at once", 2025,
                        in("taxable_turnover_eur", 27500.01), Map.of("eligible", false, "within_tolerance", false)),
                Arguments.of("24,999.99: eligible", 2025, in("taxable_turnover_eur", 24999.99),
                        Map.of("eligible", true)),
                Arguments.of("Pro rata start with tolerance: 12,602.74 × 1.1 = 13,863.01; 13,000 within", 2025,
                        in("start_date", "2025-07-01", "taxable_turnover_eur", 13000),
                        Map.of("eligible", false, "within_tolerance", true)),
                Arguments.of("Pro rata edge: turnover equal to the shown threshold 12,602.74 is eligible", 2025,
                        in("start_date", "2025-07-01", "taxable_turnover_eur", 12602.74),
                        Map.of("eligible", true)),
                Arguments.of("Leap year: start 1 Jul 2024 -> 25,000 × 184/366 = 12,568.31", 2024,
                        in("start_date", "2024-07-01", "taxable_turnover_eur", 12568.32),
                        Map.of("threshold_eur", 12568.31, "eligible", false, "within_tolerance", true)),
                Arguments.of("Start on 1 January: the full threshold", 2025, in("start_date", "2025-01-01"),
                        Map.of("threshold_eur", 25000)),
                Arguments.of("Start on 31 December: 25,000/365 = 68.49", 2025, in("start_date", "2025-12-31"),
                        Map.of("threshold_eur", 68.49)),
                Arguments.of("Start on 31 December of a leap year: 25,000/366 = 68.31", 2024,
                        in("start_date", "2024-12-31"), Map.of("threshold_eur", 68.31)),
                Arguments.of("2016: 25,000", 2016, in("taxable_turnover_eur", 24000), Map.of("threshold_eur", 25000)),
                Arguments.of("2015: 15,000", 2015, in("taxable_turnover_eur", 16000),
                        Map.of("threshold_eur", 15000, "eligible", false, "within_tolerance", true)),
                Arguments.of("2014: 5,580 for 90 days and 15,000 for 275 days -> 12,677.26", 2014,
                        in("taxable_turnover_eur", 12000), Map.of("threshold_eur", 12677.26, "eligible", true)),
                Arguments.of("2026: 25,000", 2026, in("taxable_turnover_eur", 26000),
                        Map.of("threshold_eur", 25000, "within_tolerance", true)),
                Arguments.of("Building work is excluded whatever the turnover", 2025,
                        in("taxable_turnover_eur", 1000, "activity", "building_work"),
                        Map.of("eligible", false, "within_tolerance", false, "excluded_reason", "building_work")),
                Arguments.of("Horeca with a registered cash system is excluded, also within the tolerance", 2025,
                        in("taxable_turnover_eur", 26000, "activity", "horeca_cash_register"),
                        Map.of("eligible", false, "within_tolerance", false,
                                "excluded_reason", "horeca_cash_register")),
                Arguments.of("Used goods and waste excluded", 2025, in("activity", "used_goods_and_waste"),
                        Map.of("eligible", false, "excluded_reason", "used_goods_and_waste")),
                Arguments.of("Furnished accommodation excluded", 2025, in("activity", "furnished_accommodation"),
                        Map.of("eligible", false, "excluded_reason", "furnished_accommodation")),
                Arguments.of("VAT unit excluded", 2025, in("activity", "vat_unit"),
                        Map.of("eligible", false, "excluded_reason", "vat_unit")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesEligibility(String name, int year, Map<String, Object> inputs, Map<String, Object> expected) {
        Outcome outcome = run(year, inputs);
        assertEquals(List.of(), ExpectedOutputs.mismatches(expected, outcome.outputs()), name);
        assertFalse(outcome.explanation().isEmpty());
    }

    @Test
    void standardActivityHasNoExcludedReasonAndOutputsAreInContractOrder() {
        Outcome o = run(2025, in("taxable_turnover_eur", 1000));
        assertEquals(List.of("counted_turnover_eur", "threshold_eur", "eligible", "within_tolerance",
                "excluded_reason"), List.copyOf(o.outputs().keySet()));
        assertTrue(o.outputs().containsKey("excluded_reason"));
        assertEquals(null, o.output("excluded_reason"));
    }

    @Test
    void withinToleranceIsProvisionalAndExplainsBothOutcomes() {
        Outcome o = run(2025, in("taxable_turnover_eur", 26000));
        assertEquals(RateStatus.PROVISIONAL, o.status());
        assertTrue(o.warnings().stream().anyMatch(w -> w.contains("meteen")));
        assertTrue(o.explanation().stream().anyMatch(s -> s.step().contains("einde van het jaar")));
    }

    @Test
    void toleranceSetToZeroByTheAdminLeavesNoTolerance() {
        List<RateValue> values = new ArrayList<>();
        for (RateValue v : RATES.values()) {
            if (!v.key().equals(ExemptionThreshold.TOLERANCE)) {
                values.add(v);
            }
        }
        values.add(new RateValue(ExemptionThreshold.TOLERANCE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                BigDecimal.ZERO, RateStatus.CONFIRMED, new Source("test", ""), LocalDate.of(2026, 11, 23), ""));
        Outcome o = run(2025, in("taxable_turnover_eur", 25500), RateBook.of("test", values));
        assertEquals(Boolean.FALSE, o.output("within_tolerance"));
        assertEquals(Boolean.FALSE, o.output("eligible"));
    }

    @ParameterizedTest(name = "{0} has no threshold and is refused")
    @ValueSource(ints = {2013, 2027})
    void yearsWithoutValuesAreRefused(int year) {
        assertThrows(MissingRateException.class, () -> run(year, in("taxable_turnover_eur", 1000)));
    }

    @Test
    void startDateOutsideTheYearAndNegativeAmountsAreNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(2025,
                in("start_date", "2024-12-31")));
        assertEquals(List.of("inputs.start_date"), e.errors().stream().map(FieldError::field).toList());
        InvalidInputException e2 = assertThrows(InvalidInputException.class, () -> run(2025,
                in("taxable_turnover_eur", -5, "activity", "farming")));
        assertEquals(List.of("inputs.taxable_turnover_eur", "inputs.activity"),
                e2.errors().stream().map(FieldError::field).toList());
    }

    static Stream<Arguments> randomTurnovers() {
        Random random = new Random(3_2L);
        return IntStream.range(0, 100).mapToObj(i -> Arguments.of(i, random.nextInt(40000),
                LocalDate.ofYearDay(2025, 1 + random.nextInt(365)).toString()));
    }

    @ParameterizedTest(name = "random turnover {0}")
    @MethodSource("randomTurnovers")
    void thresholdNeverExceedsTheYearlyOneAndEligibilityMatchesIt(int i, int turnover, String start) {
        Outcome o = run(2025, in("taxable_turnover_eur", turnover, "start_date", start));
        BigDecimal threshold = (BigDecimal) o.output("threshold_eur");
        assertTrue(threshold.compareTo(new BigDecimal("25000")) <= 0);
        assertEquals(BigDecimal.valueOf(turnover).compareTo(threshold) <= 0, o.output("eligible"));
        if (Boolean.TRUE.equals(o.output("within_tolerance"))) {
            assertTrue(BigDecimal.valueOf(turnover).compareTo(threshold.multiply(new BigDecimal("1.1"))) <= 0);
        }
    }
}
