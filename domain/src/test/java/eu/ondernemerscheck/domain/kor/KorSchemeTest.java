package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.testing.Run;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static eu.ondernemerscheck.domain.testing.Run.assertMoney;
import static eu.ondernemerscheck.domain.testing.Run.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KorSchemeTest {

    private static final KorScheme KOR = new KorScheme();

    // Sample KOR-05: 15,000 taxed + 4,000 exempt real estate count; 3,000 other exempt turnover does not.
    @Test
    void exemptRealEstateCountsAndOtherExemptTurnoverDoesNot() {
        Outcome o = Run.scheme(KOR, 2025, inputs("taxable_turnover_eur", 15000, "exempt_real_estate_eur", 4000,
                "other_exempt_eur", 3000));
        assertMoney("19000", o.output("counted_turnover_eur"));
        assertMoney("20000", o.output("threshold_eur"));
        assertEquals(true, o.output("eligible"));
        assertEquals(List.of("counted_turnover_eur", "threshold_eur", "eligible"), List.copyOf(o.outputs().keySet()));
    }

    // The KOR ends when turnover goes above 20,000: 20,000 itself is within; one cent more is not.
    @ParameterizedTest(name = "{0}: {1} taxed + {2} financial + {3} insurance → {4} counted, eligible {5}")
    @CsvSource({
            "2020, 20000, 0, 0, 20000, true",
            "2020, 20000.01, 0, 0, 20000.01, false",
            "2023, 15000, 3000, 2000, 20000, true",
            "2024, 15000, 3000, 2000.01, 20000.01, false",
            "2025, 0, 0, 0, 0, true",
            "2025, 19999.99, 0, 0, 19999.99, true",
            "2026, 10000, 5000, 5000.01, 20000.01, false",
            "2026, 20000, 0, 0, 20000, true"})
    void thresholdPerCalendarYear(int year, String taxable, String financial, String insurance, String counted,
                                  boolean eligible) {
        Outcome o = Run.scheme(KOR, year, inputs("taxable_turnover_eur", new BigDecimal(taxable),
                "exempt_financial_eur", new BigDecimal(financial), "exempt_insurance_eur", new BigDecimal(insurance)));
        assertMoney(counted, o.output("counted_turnover_eur"));
        assertEquals(eligible, o.output("eligible"));
    }

    // From 2025 the previous year's turnover must also stay within 20,000 (tax-rules.md §7); up to 2024 it does not.
    @ParameterizedTest(name = "{0}: previous year {1} → eligible {2}")
    @CsvSource({
            "2025, 20000, true",
            "2025, 20000.01, false",
            "2026, 25000, false",
            "2024, 25000, true",
            "2020, 50000, true"})
    void previousYearIsTestedFrom2025(int year, String previous, boolean eligible) {
        Outcome o = Run.scheme(KOR, year, inputs("taxable_turnover_eur", 12000, "previous_year_turnover_eur",
                new BigDecimal(previous)));
        assertEquals(eligible, o.output("eligible"));
    }

    @Test
    void previousYearNotGivenFrom2025GivesAWarning() {
        Outcome o = Run.scheme(KOR, 2025, inputs("taxable_turnover_eur", 12000));
        assertEquals(true, o.output("eligible"));
        assertTrue(o.warnings().stream().anyMatch(w -> w.contains("2024")), o.warnings().toString());
        assertEquals(RateStatus.CONFIRMED, o.status());
        assertTrue(Run.scheme(KOR, 2024, inputs("taxable_turnover_eur", 12000)).warnings().isEmpty());
    }

    @ParameterizedTest(name = "{0} has no KOR threshold and is refused")
    @ValueSource(ints = {2019, 2027})
    void yearWithoutThresholdIsRefused(int year) {
        MissingRateException e = assertThrows(MissingRateException.class,
                () -> Run.scheme(KOR, year, inputs("taxable_turnover_eur", 1000)));
        assertEquals(KorRates.THRESHOLD, e.key());
    }

    @Test
    void negativeAndUnknownInputsAreNamed() {
        assertEquals(List.of("inputs.vat_free_eur", "inputs.taxable_turnover_eur", "inputs.exempt_insurance_eur"),
                Run.invalidFields(KOR, 2025, inputs("taxable_turnover_eur", -5, "exempt_insurance_eur", "veel",
                        "vat_free_eur", 1)));
    }

    @Test
    void explanationRecordsTheUnconfirmedExclusions() {
        Map<String, Object> in = inputs("taxable_turnover_eur", 1000);
        assertTrue(Run.scheme(KOR, 2025, in).explanation().toString().contains("Niet officieel bevestigd"));
    }
}
