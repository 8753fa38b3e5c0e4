package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.testing.Run;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static eu.ondernemerscheck.domain.testing.Run.assertMoney;
import static eu.ondernemerscheck.domain.testing.Run.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KorRevisionSchemeTest {

    private static final KorRevisionScheme SCHEME = new KorRevisionScheme();

    private static Map<String, Object> asset(String vat, String inUse, String kind) {
        return inputs("description", kind + " " + inUse, "vat_deducted_eur", new BigDecimal(vat), "in_use_from", inUse,
                "kind", kind);
    }

    /** Expected schedule rows as "year:revision:payable". */
    private static List<String> rows(Outcome o) {
        List<String> out = new ArrayList<>();
        for (Object row : (List<?>) o.output("schedule")) {
            Map<?, ?> r = (Map<?, ?>) row;
            out.add(r.get("year") + ":" + ((BigDecimal) r.get("revision_eur")).toPlainString() + ":"
                    + ((BigDecimal) r.get("payable_eur")).toPlainString());
        }
        return out;
    }

    static Stream<Arguments> schedules() {
        return Stream.of(
                Arguments.of("sample KOR-07, official example: car 4,500 in use 2024, KOR 2025: 900 a year 2025-2028",
                        "2025-01-01", List.of(asset("4500", "2024-01-01", "movable")), "0",
                        List.of("2025:900.00:900.00", "2026:900.00:900.00", "2027:900.00:900.00",
                                "2028:900.00:900.00"), "3600.00"),
                Arguments.of("de minimis, all three: 400 a year < 500, in use in an earlier year, caused by the KOR",
                        "2025-01-01", List.of(asset("2000", "2024-03-01", "movable")), "0",
                        List.of("2025:400.00:0.00", "2026:400.00:0.00", "2027:400.00:0.00", "2028:400.00:0.00"),
                        "0.00"),
                Arguments.of("condition (b) fails in the year of first use: 2025 payable, later years not",
                        "2025-01-01", List.of(asset("2000", "2025-01-01", "movable")), "0",
                        List.of("2025:400.00:400.00", "2026:400.00:0.00", "2027:400.00:0.00", "2028:400.00:0.00",
                                "2029:400.00:0.00"), "400.00"),
                Arguments.of("condition (a) fails: 500 a year is not below 500",
                        "2025-01-01", List.of(asset("2500", "2023-05-01", "movable")), "0",
                        List.of("2025:500.00:500.00", "2026:500.00:500.00", "2027:500.00:500.00"), "1500.00"),
                Arguments.of("other herziening of 100 in 2025 brings that book year to 500: 2025 payable",
                        "2025-01-01", List.of(asset("2000", "2024-03-01", "movable")), "100",
                        List.of("2025:400.00:400.00", "2026:400.00:0.00", "2027:400.00:0.00", "2028:400.00:0.00"),
                        "400.00"),
                Arguments.of("other herziening of 99.99 keeps 2025 at 499.99, under 500",
                        "2025-01-01", List.of(asset("2000", "2024-03-01", "movable")), "99.99",
                        List.of("2025:400.00:0.00", "2026:400.00:0.00", "2027:400.00:0.00", "2028:400.00:0.00"),
                        "0.00"),
                Arguments.of("real estate: 10 years, 20,000 in use 2020 gives 2,000 a year for 2025-2029",
                        "2025-01-01", List.of(asset("20000", "2020-06-01", "real_estate")), "0",
                        List.of("2025:2000.00:2000.00", "2026:2000.00:2000.00", "2027:2000.00:2000.00",
                                "2028:2000.00:2000.00", "2029:2000.00:2000.00"), "10000.00"),
                Arguments.of("real estate under the de minimis: 4,000 / 10 = 400 a year",
                        "2025-01-01", List.of(asset("4000", "2018-01-01", "real_estate")), "0",
                        List.of("2025:400.00:0.00", "2026:400.00:0.00", "2027:400.00:0.00"), "0.00"),
                Arguments.of("KOR from 1 July: 6/12 of 900 = 450 in 2025, under 500 and in use earlier, so 0",
                        "2025-07-01", List.of(asset("4500", "2024-01-01", "movable")), "0",
                        List.of("2025:450.00:0.00", "2026:900.00:900.00", "2027:900.00:900.00",
                                "2028:900.00:900.00"), "2700.00"),
                Arguments.of("KOR from 1 April: 9/12 of 900 = 675 in 2025",
                        "2025-04-01", List.of(asset("4500", "2024-01-01", "movable")), "0",
                        List.of("2025:675.00:675.00", "2026:900.00:900.00", "2027:900.00:900.00",
                                "2028:900.00:900.00"), "3375.00"),
                Arguments.of("KOR from 1 December: 1/12 of 900 = 75",
                        "2026-12-01", List.of(asset("4500", "2024-01-01", "movable")), "0",
                        List.of("2026:75.00:0.00", "2027:900.00:900.00", "2028:900.00:900.00"), "1800.00"),
                Arguments.of("correction period over before the KOR starts: movable in use 2019 ends 2023",
                        "2025-01-01", List.of(asset("4500", "2019-12-31", "movable")), "0", List.of(), "0.00"),
                Arguments.of("car and building together: 900 + 2,000 until 2028, then 2,000 in 2029",
                        "2025-01-01", List.of(asset("4500", "2024-01-01", "movable"),
                                asset("20000", "2020-01-01", "real_estate")), "0",
                        List.of("2025:2900.00:2900.00", "2026:2900.00:2900.00", "2027:2900.00:2900.00",
                                "2028:2900.00:2900.00", "2029:2000.00:2000.00"), "13600.00"),
                Arguments.of("the de minimis looks at the book year's total: 200 + 300 = 500 payable, 300 alone not",
                        "2025-01-01", List.of(asset("1000", "2023-01-01", "movable"),
                                asset("1500", "2024-01-01", "movable")), "0",
                        List.of("2025:500.00:500.00", "2026:500.00:500.00", "2027:500.00:500.00",
                                "2028:300.00:0.00"), "1500.00"),
                Arguments.of("rounding once: 3,333.33 / 5 = 666.666 a year, rows 666.67, total 1,333.332 → 1,333.33",
                        "2025-01-01", List.of(asset("3333.33", "2022-01-01", "movable")), "0",
                        List.of("2025:666.67:666.67", "2026:666.67:666.67"), "1333.33"),
                Arguments.of("leap day: in use 29 Feb 2024, KOR 1 March 2024: 10/12 of 480 = 400, first-use year",
                        "2024-03-01", List.of(asset("2400", "2024-02-29", "movable")), "0",
                        List.of("2024:400.00:400.00", "2025:480.00:0.00", "2026:480.00:0.00", "2027:480.00:0.00",
                                "2028:480.00:0.00"), "400.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void schedule(String why, String korStart, List<Map<String, Object>> assets, String other,
                  List<String> expectedRows, String total) {
        int year = Integer.parseInt(korStart.substring(0, 4));
        Outcome o = Run.scheme(SCHEME, year, inputs("kor_start_date", korStart, "assets", assets,
                "other_revision_in_year_eur", new BigDecimal(other)));
        assertEquals(expectedRows, rows(o));
        assertMoney(total, o.output("total_payable_eur"));
    }

    @Test
    void realEstatePeriodIsProvisionalAndSaysSo() {
        Outcome o = Run.scheme(SCHEME, 2025, inputs("kor_start_date", "2025-01-01", "assets",
                List.of(asset("20000", "2020-06-01", "real_estate"))));
        assertEquals(RateStatus.PROVISIONAL, o.status());
        assertEquals(RateStatus.CONFIRMED, Run.scheme(SCHEME, 2025, inputs("kor_start_date", "2025-01-01", "assets",
                List.of(asset("4500", "2024-01-01", "movable")))).status());
    }

    @Test
    void startDuringTheYearIsExplained() {
        Outcome o = Run.scheme(SCHEME, 2025, inputs("kor_start_date", "2025-07-01", "assets",
                List.of(asset("4500", "2024-01-01", "movable"))));
        assertTrue(o.explanation().toString().contains("6/12"), o.explanation().toString());
    }

    @Test
    void kindDefaultsToMovable() {
        Outcome o = Run.scheme(SCHEME, 2025, inputs("kor_start_date", "2025-01-01", "assets",
                List.of(inputs("vat_deducted_eur", 4500, "in_use_from", "2024-01-01"))));
        assertMoney("3600", o.output("total_payable_eur"));
    }

    @Test
    void startNotOnTheFirstOfAMonthAndAssetsInUseAfterTheStartAreNamed() {
        assertEquals(List.of("inputs.kor_start_date", "inputs.assets[1].in_use_from"), Run.invalidFields(SCHEME, 2025,
                inputs("kor_start_date", "2025-07-15", "assets", List.of(asset("4500", "2024-01-01", "movable"),
                        asset("900", "2025-08-01", "movable")))));
    }

    @Test
    void missingFieldsOfAnAssetAreNamed() {
        assertEquals(List.of("inputs.assets[0].vat_deducted_eur", "inputs.assets[0].kind"), Run.invalidFields(SCHEME,
                2025, inputs("kor_start_date", "2025-01-01", "assets", List.of(inputs("in_use_from", "2024-01-01",
                        "kind", "boat")))));
    }

    @Test
    void startInAYearWithoutRatesIsRefused() {
        assertThrows(MissingRateException.class, () -> Run.scheme(SCHEME, 2019, inputs("kor_start_date",
                "2019-01-01", "assets", List.of(asset("4500", "2018-01-01", "movable")))));
    }
}
