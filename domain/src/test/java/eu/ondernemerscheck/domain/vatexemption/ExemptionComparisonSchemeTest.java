package eu.ondernemerscheck.domain.vatexemption;

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

/**
 * Hand-derived cases for "is the exemption worth it" (calculation-api.md): kept = consumer share × turnover × rate
 * (BE 21%), lost = input VAT of the year, revision = VAT / 5 (movables) or / 15 (real estate) for each asset still in
 * its period in the start year.
 */
class ExemptionComparisonSchemeTest {

    private static final RateBook RATES = ShippedRates.book();
    private static final ExemptionComparisonScheme SCHEME = new ExemptionComparisonScheme();

    static Outcome run(int year, Map<String, Object> inputs) {
        return SCHEME.calculate(SchemeInputs.parse("inputs", inputs, SCHEME.definition().inputs()), year, RATES);
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
                Arguments.of("20,000 to consumers: kept 4,200; lost 1,000; car 4,500 VAT from 2024: 900 -> 2,300, join",
                        2025, in("turnover_excl_vat_eur", 20000, "input_vat_costs_eur", 1000,
                                "revision_assets", List.of(Map.of("description", "auto", "vat_deducted_eur", 4500,
                                        "in_use_from", "2024-01-01"))),
                        Map.of("eligible", true, "vat_kept_eur", 4200.0, "input_vat_lost_eur", 1000.0,
                                "revision_payable_eur", 900.0, "net_advantage_eur", 2300.0, "advice", "join")),
                Arguments.of("Half consumers: kept 2,100 = lost 2,100 -> net 0, stay", 2025,
                        in("turnover_excl_vat_eur", 20000, "consumer_share", 0.5, "input_vat_costs_eur", 1500,
                                "input_vat_investments_eur", 600),
                        Map.of("vat_kept_eur", 2100.0, "net_advantage_eur", 0.0, "advice", "stay")),
                Arguments.of("Only business customers: nothing kept, 300 lost -> stay", 2025,
                        in("turnover_excl_vat_eur", 15000, "consumer_share", 0, "input_vat_costs_eur", 300),
                        Map.of("vat_kept_eur", 0.0, "net_advantage_eur", -300.0, "advice", "stay")),
                Arguments.of("26,000 is above 25,000: not eligible, figures still shown", 2025,
                        in("turnover_excl_vat_eur", 26000),
                        Map.of("eligible", false, "vat_kept_eur", 5460.0, "advice", "not_eligible")),
                Arguments.of("Exactly 25,000 is eligible", 2025, in("turnover_excl_vat_eur", 25000),
                        Map.of("eligible", true, "advice", "join")),
                Arguments.of("Reduced rate given: 10,000 × 6% = 600", 2025,
                        in("turnover_excl_vat_eur", 10000, "vat_rate", 0.06),
                        Map.of("vat_kept_eur", 600.0, "net_advantage_eur", 600.0)),
                Arguments.of("Real estate 30,000 VAT in use 2015: 15 years to 2029 -> 2,000 in 2025", 2025,
                        in("turnover_excl_vat_eur", 20000, "revision_assets", List.of(Map.of(
                                "vat_deducted_eur", 30000, "in_use_from", "2015-06-01", "kind", "real_estate"))),
                        Map.of("revision_payable_eur", 2000.0, "net_advantage_eur", 2200.0, "advice", "join")),
                Arguments.of("Movable in use 2020: period 2020-2024 is over in 2025 -> 0", 2025,
                        in("turnover_excl_vat_eur", 20000, "revision_assets", List.of(Map.of(
                                "vat_deducted_eur", 5000, "in_use_from", "2020-03-01"))),
                        Map.of("revision_payable_eur", 0.0)),
                Arguments.of("Movable in use 2021: last year 2025 -> 1,000", 2025,
                        in("turnover_excl_vat_eur", 20000, "revision_assets", List.of(Map.of(
                                "vat_deducted_eur", 5000, "in_use_from", "2021-12-31"))),
                        Map.of("revision_payable_eur", 1000.0)),
                Arguments.of("Start 1 Jul 2025 with an asset in use since 1 Jul 2025: 3,000 / 5 = 600", 2025,
                        in("turnover_excl_vat_eur", 5000, "start_date", "2025-07-01", "revision_assets",
                                List.of(Map.of("vat_deducted_eur", 3000, "in_use_from", "2025-07-01"))),
                        Map.of("revision_payable_eur", 600.0, "vat_kept_eur", 1050.0, "net_advantage_eur", 450.0)),
                Arguments.of("Two assets: 1,000/5 + 1,500/15 = 300", 2026,
                        in("turnover_excl_vat_eur", 1000, "revision_assets", List.of(
                                Map.of("vat_deducted_eur", 1000, "in_use_from", "2023-01-01"),
                                Map.of("vat_deducted_eur", 1500, "in_use_from", "2020-01-01", "kind", "real_estate"))),
                        Map.of("revision_payable_eur", 300.0, "net_advantage_eur", -90.0, "advice", "stay")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void indicatesWhetherTheExemptionPays(String name, int year, Map<String, Object> inputs,
                                          Map<String, Object> expected) {
        assertEquals(List.of(), ExpectedOutputs.mismatches(expected, run(year, inputs).outputs()), name);
    }

    @Test
    void explanationListsWhatTheFigureLeavesOut() {
        Outcome o = run(2025, in("turnover_excl_vat_eur", 20000));
        assertTrue(o.explanation().stream().anyMatch(s -> s.step().contains("btw-aangiften")
                && s.step().contains("Bijzondere vrijstellingsregeling kleine ondernemingen")
                && s.step().contains("zakelijke klanten")));
        assertEquals(List.of("eligible", "vat_kept_eur", "input_vat_lost_eur", "revision_payable_eur",
                "net_advantage_eur", "advice"), List.copyOf(o.outputs().keySet()));
    }

    @Test
    void remainingRevisionYearsAreWarnedAbout() {
        Outcome o = run(2025, in("turnover_excl_vat_eur", 20000, "revision_assets", List.of(Map.of(
                "vat_deducted_eur", 4500, "in_use_from", "2024-01-01"))));
        assertTrue(o.warnings().stream().anyMatch(w -> w.contains("€ 3.600,00")));
    }

    @Test
    void yearWithoutRatesIsRefused() {
        assertThrows(MissingRateException.class, () -> run(2027, in("turnover_excl_vat_eur", 20000)));
    }

    @Test
    void inconsistentInputsNameEveryBadField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(2025, in(
                "turnover_excl_vat_eur", 20000, "start_date", "2026-01-01", "revision_assets", List.of(
                        Map.of("vat_deducted_eur", 100, "in_use_from", "2024-01-01"),
                        Map.of("vat_deducted_eur", 100, "in_use_from", "2026-02-01")))));
        assertEquals(List.of("inputs.start_date", "inputs.revision_assets[1].in_use_from"),
                e.errors().stream().map(FieldError::field).toList());
        InvalidInputException e2 = assertThrows(InvalidInputException.class, () -> run(2025, in(
                "consumer_share", 1.5, "revision_assets", List.of(Map.of("in_use_from", "2024-01-01",
                        "kind", "boat")))));
        assertEquals(List.of("inputs.turnover_excl_vat_eur", "inputs.consumer_share",
                        "inputs.revision_assets[0].vat_deducted_eur", "inputs.revision_assets[0].kind"),
                e2.errors().stream().map(FieldError::field).toList());
    }

    static Stream<Arguments> randomCases() {
        Random random = new Random(7_3L);
        return IntStream.range(0, 100).mapToObj(i -> Arguments.of(i, random.nextInt(40000), random.nextInt(101),
                random.nextInt(3000)));
    }

    @ParameterizedTest(name = "random case {0}")
    @MethodSource("randomCases")
    void adviceFollowsTheNetAdvantage(int i, int turnover, int sharePct, int costsVat) {
        Outcome o = run(2025, in("turnover_excl_vat_eur", turnover, "consumer_share",
                BigDecimal.valueOf(sharePct, 2), "input_vat_costs_eur", costsVat));
        BigDecimal net = (BigDecimal) o.output("net_advantage_eur");
        String advice = (String) o.output("advice");
        if (turnover > 25000) {
            assertEquals("not_eligible", advice);
        } else {
            assertEquals(net.signum() > 0 ? "join" : "stay", advice);
        }
    }
}
