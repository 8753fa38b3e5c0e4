package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.testing.Run;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static eu.ondernemerscheck.domain.testing.Run.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KorRegistrationSchemeTest {

    private static final KorRegistrationScheme SCHEME = new KorRegistrationScheme();

    /*
     * "At least 4 weeks before" is the start date minus 29 days, as in the official examples: 1 April 2020 → 3 March
     * 2020; 1 January 2025 → 3 December 2024. Across February the calendar matters: 1 March 2024 (leap year) → 1
     * February; 1 March 2025 → 31 January.
     */
    @ParameterizedTest(name = "{0} ({1}) → received by {2}, period start {3}")
    @CsvSource({
            "2020-04-01, quarter, 2020-03-03, true, official example",
            "2025-01-01, quarter, 2024-12-03, true, KVK example",
            "2025-04-01, quarter, 2025-03-03, true, sample KOR-10",
            "2026-01-01, quarter, 2025-12-03, true, mkbservicedesk.nl: by 3 December 2025",
            "2025-07-01, quarter, 2025-06-02, true, quarter start",
            "2025-10-01, quarter, 2025-09-02, true, quarter start",
            "2024-03-01, month, 2024-02-01, true, leap year",
            "2025-03-01, month, 2025-01-31, true, not a leap year",
            "2025-05-01, quarter, 2025-04-02, false, a month start is not a quarter start",
            "2025-05-01, month, 2025-04-02, true, for a monthly filer it is",
            "2025-04-01, year, 2025-03-03, false, a yearly filer starts on 1 January",
            "2025-04-15, quarter, 2025-03-17, false, not the first day of a month"})
    void deadlineIsTwentyNineDaysBeforeTheStart(String desired, String period, String receivedBy, boolean start,
                                                String why) {
        Outcome o = Run.scheme(SCHEME, LocalDate.parse(desired).getYear(), inputs("desired_date", desired,
                "return_period", period));
        assertEquals(LocalDate.parse(receivedBy), o.output("must_be_received_by"));
        assertEquals(start, o.output("is_period_start"));
        assertEquals(!start, o.warnings().stream().anyMatch(w -> w.contains("niet de eerste dag")));
    }

    @Test
    void warningNamesTheNextPeriodAndItsDeadline() {
        Outcome o = Run.scheme(SCHEME, 2025, inputs("desired_date", "2025-04-15"));
        assertTrue(o.warnings().get(0).contains("2025-07-01") && o.warnings().get(0).contains("2025-06-02"),
                o.warnings().toString());
        assertEquals(List.of("must_be_received_by", "is_period_start"), List.copyOf(o.outputs().keySet()));
    }

    // The notice for 1 January 2027 is filed in 2026, under the 2026 rule: 29 days before, 3 December 2026.
    @Test
    void startOnFirstJanuaryIsFiledUnderTheRuleOfTheYearBefore() {
        Outcome o = Run.scheme(SCHEME, 2027, inputs("desired_date", "2027-01-01"));
        assertEquals(LocalDate.of(2026, 12, 3), o.output("must_be_received_by"));
    }

    @Test
    void dateWithoutRatesIsRefused() {
        Map<String, Object> in = inputs("desired_date", "2027-04-01");
        assertThrows(MissingRateException.class, () -> Run.scheme(SCHEME, 2027, in));
        assertThrows(MissingRateException.class, () -> Run.scheme(SCHEME, 2020, inputs("desired_date",
                "2020-01-01")));
    }

    @Test
    void impossibleDateAndUnknownPeriodAreNamed() {
        assertEquals(List.of("inputs.desired_date", "inputs.return_period"), Run.invalidFields(SCHEME, 2025,
                inputs("desired_date", "2025-13-01", "return_period", "week")));
    }
}
