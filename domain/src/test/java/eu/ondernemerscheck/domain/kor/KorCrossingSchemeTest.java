package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.testing.Run;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static eu.ondernemerscheck.domain.testing.Run.assertMoney;
import static eu.ondernemerscheck.domain.testing.Run.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KorCrossingSchemeTest {

    private static final KorCrossingScheme SCHEME = new KorCrossingScheme();

    private static Outcome run(String before, String supply, String date, String rate) {
        return Run.scheme(SCHEME, LocalDate.parse(date).getYear(), inputs("turnover_before_eur", new BigDecimal(before),
                "supply_eur", new BigDecimal(supply), "supply_date", date, "vat_rate", new BigDecimal(rate)));
    }

    // Sample KOR-03, the official example: 19,750 then 500 on 16 September 2024: the KOR ends that day, 21% of 500.
    @Test
    void officialExampleEndsOnTheDayOfTheCrossingSupply() {
        Outcome o = run("19750", "500", "2024-09-16", "0.21");
        assertEquals(true, o.output("crosses"));
        assertEquals(LocalDate.of(2024, 9, 16), o.output("kor_end_date"));
        assertMoney("105", o.output("vat_due_eur"));
        assertEquals(LocalDate.of(2027, 9, 16), o.output("earliest_reentry_date"));
        assertEquals(List.of("crosses", "kor_end_date", "vat_due_eur", "earliest_reentry_date"),
                List.copyOf(o.outputs().keySet()));
    }

    /*
     * The whole crossing supply is taxed, not only the part above the threshold. Waiting time: rules to 2024 (chosen by
     * the end date): 3 years after the end date; rules from 2025: to the end of the calendar year after the end year,
     * so rejoining from 1 January of end year + 2.
     */
    @ParameterizedTest(name = "{0} + {1} on {2} at {3}: crosses {4}, VAT {5}, rejoin from {6}")
    @CsvSource({
            "19750, 250, 2024-09-16, 0.21, false, 0.00, ",
            "19750, 250.01, 2024-09-16, 0.21, true, 52.50, 2027-09-16",
            "0, 20000.01, 2024-01-01, 0.21, true, 4200.00, 2027-01-01",
            "15000, 8000, 2024-12-31, 0.09, true, 720.00, 2027-12-31",
            "19999, 2, 2024-02-29, 0.21, true, 0.42, 2027-02-28",
            "19999, 2, 2025-01-01, 0.21, true, 0.42, 2027-01-01",
            "18000, 3000, 2025-03-10, 0.21, true, 630.00, 2027-01-01",
            "18000, 3000, 2025-12-31, 0, true, 0.00, 2027-01-01",
            "18000, 3000, 2026-01-02, 0.21, true, 630.00, 2028-01-01",
            "20000, 0, 2026-06-30, 0.21, false, 0.00, ",
            "20000, 0.01, 2026-06-30, 0.21, true, 0.00, 2028-01-01",
            "20000, 0.03, 2026-06-30, 0.21, true, 0.01, 2028-01-01"})
    void crossingAndWaitingTime(String before, String supply, String date, String rate, boolean crosses,
                                String vat, String reentry) {
        Outcome o = run(before, supply, date, rate);
        assertEquals(crosses, o.output("crosses"));
        assertMoney(vat, o.output("vat_due_eur"));
        assertEquals(crosses ? LocalDate.parse(date) : null, o.output("kor_end_date"));
        assertEquals(reentry == null ? null : LocalDate.parse(reentry), o.output("earliest_reentry_date"));
    }

    @Test
    void noCrossingLeavesEndAndReentryEmpty() {
        Outcome o = run("1000", "500", "2025-05-05", "0.21");
        assertNull(o.output("kor_end_date"));
        assertNull(o.output("earliest_reentry_date"));
    }

    @Test
    void turnoverAlreadyAboveTheThresholdIsRefused() {
        assertEquals(List.of("inputs.turnover_before_eur"), Run.invalidFields(SCHEME, 2025, inputs(
                "turnover_before_eur", 20000.01, "supply_eur", 100, "supply_date", "2025-05-05", "vat_rate", 0.21)));
    }

    @Test
    void supplyDateOutsideTheYearIsRefused() {
        assertEquals(List.of("inputs.supply_date"), Run.invalidFields(SCHEME, 2025, inputs(
                "turnover_before_eur", 100, "supply_eur", 100, "supply_date", "2024-12-31", "vat_rate", 0.21)));
    }

    @Test
    void missingAndImpossibleInputsAreNamed() {
        assertEquals(List.of("inputs.supply_eur", "inputs.supply_date", "inputs.vat_rate"), Run.invalidFields(SCHEME,
                2025, inputs("turnover_before_eur", 100, "supply_date", "2025-02-30", "vat_rate", 21)));
    }

    @Test
    void yearWithoutThresholdIsRefused() {
        assertThrows(MissingRateException.class, () -> run("19000", "2000", "2019-05-01", "0.21"));
        assertThrows(MissingRateException.class, () -> run("19000", "2000", "2027-05-01", "0.21"));
    }
}
