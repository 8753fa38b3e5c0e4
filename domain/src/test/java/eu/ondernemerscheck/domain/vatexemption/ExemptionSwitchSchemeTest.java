package eu.ondernemerscheck.domain.vatexemption;

import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.SchemeInputs;
import eu.ondernemerscheck.domain.rules.ShippedRates;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From 2025: e604B filed before 15 Dec / 15 Mar / 15 Jun / 15 Sep gives 1 Jan / 1 Apr / 1 Jul / 1 Oct (tax-rules.md
 * §3.2). "Before" is strict: the 15th itself is too late for the coming date.
 */
class ExemptionSwitchSchemeTest {

    private static final RateBook RATES = ShippedRates.book();
    private static final ExemptionSwitchScheme SCHEME = new ExemptionSwitchScheme();

    static Outcome run(String filedOn) {
        return SCHEME.calculate(SchemeInputs.parse("inputs", Map.of("form_filed_on", filedOn),
                SCHEME.definition().inputs()), Integer.parseInt(filedOn.substring(0, 4)), RATES);
    }

    @ParameterizedTest(name = "filed {0} -> {1} ({2})")
    @CsvSource({
            "2025-03-10, 2025-04-01, BEVR-09",
            "2025-01-01, 2025-04-01, first day of the year: before 15 March",
            "2025-03-14, 2025-04-01, the last day before the 15th",
            "2025-03-15, 2025-07-01, the 15th itself is too late",
            "2025-03-16, 2025-07-01, after the 15th",
            "2025-03-31, 2025-07-01, the day before the switch date",
            "2025-04-01, 2025-07-01, on a switch date: the next one",
            "2025-06-14, 2025-07-01, before 15 June",
            "2025-06-15, 2025-10-01, on 15 June",
            "2025-09-14, 2025-10-01, before 15 September",
            "2025-09-15, 2026-01-01, on 15 September",
            "2025-12-14, 2026-01-01, before 15 December: next 1 January",
            "2025-12-15, 2026-04-01, on 15 December: 1 April of the next year",
            "2025-12-31, 2026-04-01, last day of the year",
            "2026-02-28, 2026-04-01, 2026",
            "2026-12-14, 2027-01-01, a 2026 filing for 1 January 2027"})
    void switchDate(String filedOn, String switchDate, String why) {
        assertEquals(LocalDate.parse(switchDate), run(filedOn).output("switch_date"), why);
    }

    @Test
    void onTheFifteenthTheExplanationSaysWhy() {
        assertTrue(run("2025-03-15").explanation().stream().anyMatch(s -> s.step().contains("te laat")));
    }

    @ParameterizedTest(name = "filed {0}: no switch rule in the rates, refused")
    @ValueSource(strings = {"2024-03-10", "2024-12-10", "2027-01-05"})
    void filingsOutsideTheKnownRulesAreRefused(String filedOn) {
        assertThrows(MissingRateException.class, () -> run(filedOn));
    }

    @Test
    void impossibleDateIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run("2025-02-30"));
        assertEquals(List.of("inputs.form_filed_on"), e.errors().stream().map(FieldError::field).toList());
    }
}
