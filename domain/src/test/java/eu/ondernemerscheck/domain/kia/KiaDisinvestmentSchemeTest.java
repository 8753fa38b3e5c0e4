package eu.ondernemerscheck.domain.kia;

import eu.ondernemerscheck.domain.testing.Run;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static eu.ondernemerscheck.domain.testing.Run.assertMoney;
import static eu.ondernemerscheck.domain.testing.Run.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KiaDisinvestmentSchemeTest {

    private static final KiaDisinvestmentScheme SCHEME = new KiaDisinvestmentScheme();

    private static Outcome run(int year, Map<String, Object> inputs) {
        return Run.scheme(SCHEME, year, inputs);
    }

    // Sample KIA-21: 0.28 × 10,000 = 2,800, under the cap 0.28 × 12,000 = 3,360; 10,000 is above the 2026 threshold.
    @Test
    void sampleSaleOfA2024AssetIn2026() {
        Outcome o = run(2026, inputs("investment_year", 2024, "kia_pct_applied", new BigDecimal("0.28"),
                "asset_cost_eur", 12000, "sale_price_eur", 10000, "total_disposals_in_year_eur", 10000));
        assertEquals(true, o.output("within_five_years"));
        assertEquals(true, o.output("threshold_exceeded"));
        assertEquals(0, new BigDecimal("0.28").compareTo((BigDecimal) o.output("effective_pct")));
        assertMoney("2800", o.output("bijtelling_eur"));
        assertEquals(List.of("within_five_years", "threshold_exceeded", "effective_pct", "bijtelling_eur"),
                List.copyOf(o.outputs().keySet()));
    }

    /*
     * The window runs to 1 January of the investment year + 5, not included: an investment of 2019 sold from
     * 1 January 2024 gives no bijtelling (bmaadvies.nl); one of 2020 sold on 31 December 2024 still does.
     */
    @ParameterizedTest(name = "invested {1}, sold {2} in {0} → within five years {3}")
    @CsvSource({
            "2024, 2019, , false, 0.00, 2019 + 5 = 2024: the whole of 2024 is outside (bmaadvies.nl example)",
            "2023, 2019, , true, 2800.00, 2023 is the fifth year after 1 January 2019",
            "2024, 2020, 2024-12-31, true, 2800.00, last day of the window",
            "2025, 2020, 2025-01-01, false, 0.00, first day after the window",
            "2025, 2025, 2025-06-30, true, 2800.00, sold in the investment year itself",
            "2026, 2021, , false, 0.00, 2021 + 5 = 2026",
            "2025, 2021, , true, 2800.00, 2025 is inside 2021-2025",
            "2024, 2020, 2024-02-29, true, 2800.00, a leap day inside the window"})
    void fiveYearWindowFromFirstJanuaryOfTheInvestmentYear(int year, int investmentYear, String saleDate,
                                                           boolean within, String bijtelling, String why) {
        Map<String, Object> in = inputs("investment_year", investmentYear, "kia_pct_applied", new BigDecimal("0.28"),
                "sale_price_eur", 10000);
        if (saleDate != null) {
            in.put("sale_date", saleDate);
        }
        Outcome o = run(year, in);
        assertEquals(within, o.output("within_five_years"));
        assertMoney(bijtelling, o.output("bijtelling_eur"));
    }

    // "Above the threshold": the threshold itself gives nothing; a cent more gives 0.28 × the sale price.
    @ParameterizedTest(name = "{0}: disposals of {1} → threshold exceeded {2}")
    @CsvSource({
            "2015, 2300, false, 0.00",
            "2015, 2300.01, true, 644.00",
            "2020, 2400, false, 0.00",
            "2020, 2400.01, true, 672.00",
            "2023, 2600, false, 0.00",
            "2023, 2600.01, true, 728.00",
            "2024, 2800, false, 0.00",
            "2024, 2800.01, true, 784.00",
            "2025, 2900, false, 0.00",
            "2025, 2900.01, true, 812.00",
            "2026, 2900, false, 0.00",
            "2026, 2900.01, true, 812.00"})
    void thresholdOfTheDisposalYear(int year, String disposals, boolean exceeded, String bijtelling) {
        Outcome o = run(year, inputs("investment_year", year - 1, "kia_pct_applied", new BigDecimal("0.28"),
                "sale_price_eur", new BigDecimal(disposals)));
        assertEquals(exceeded, o.output("threshold_exceeded"));
        assertMoney(bijtelling, o.output("bijtelling_eur"));
    }

    @Test
    void smallSaleCountsWhenTheYearsDisposalsTogetherAreAboveTheThreshold() {
        Outcome o = run(2025, inputs("investment_year", 2024, "kia_pct_applied", new BigDecimal("0.28"),
                "sale_price_eur", 1000, "total_disposals_in_year_eur", 5000));
        assertEquals(true, o.output("threshold_exceeded"));
        assertMoney("280", o.output("bijtelling_eur"));
    }

    /*
     * The percentage of a fixed-band or phase-out year is KIA ÷ total (tax-rules.md §1.4, own derivation):
     * 2025 fixed band 19,769 ÷ 80,000 = 0.2471125, × 5,000 = 1,235.5625; phase-out 14,533.2464 ÷ 200,000 =
     * 0.072666232, × 10,000 = 726.66232; percentage band 0.28 × 3,000 = 840; below the 2025 lower bound no KIA, so 0.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "KIA given: 19769 / 80000, 2025, 80000, 19769, 5000, 0.2471125, 1235.56",
            "computed: fixed band, 2025, 80000, , 5000, 0.2471125, 1235.56",
            "computed: phase-out, 2025, 200000, , 10000, 0.072666232, 726.66",
            "computed: percentage band, 2024, 50000, , 3000, 0.28, 840.00",
            "computed: below the lower bound, 2025, 2000, , 3000, 0, 0.00",
            "KIA given: 0 received, 2025, 50000, 0, 3000, 0, 0.00"})
    void percentageFromTheInvestmentYear(String what, int investmentYear, String total, String kia, String sale,
                                         String pct, String bijtelling) {
        Map<String, Object> in = inputs("investment_year", investmentYear, "investment_year_total_eur",
                new BigDecimal(total), "sale_price_eur", new BigDecimal(sale));
        if (kia != null) {
            in.put("kia_eur", new BigDecimal(kia));
        }
        Outcome o = run(2026, in);
        assertEquals(0, new BigDecimal(pct).compareTo((BigDecimal) o.output("effective_pct")),
                o.output("effective_pct").toString());
        assertMoney(bijtelling, o.output("bijtelling_eur"));
    }

    // Cap: never more than the deduction received for the asset (0.28 × 10,000 = 2,800 before the cap).
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "no cap given, , , 2800.00",
            "KIA on the asset 1000 caps it, 1000, , 1000.00",
            "KIA on the asset 5000 does not bind, 5000, , 2800.00",
            "cost 5000: cap 0.28 × 5000 = 1400, , 5000, 1400.00",
            "cost 12000: cap 3360 does not bind, , 12000, 2800.00",
            "KIA on the asset 0: nothing, 0, , 0.00"})
    void capIsTheDeductionReceivedForTheAsset(String what, String kiaOnAsset, String cost, String bijtelling) {
        Map<String, Object> in = inputs("investment_year", 2024, "kia_pct_applied", new BigDecimal("0.28"),
                "sale_price_eur", 10000);
        if (kiaOnAsset != null) {
            in.put("kia_on_asset_eur", new BigDecimal(kiaOnAsset));
        }
        if (cost != null) {
            in.put("asset_cost_eur", new BigDecimal(cost));
        }
        assertMoney(bijtelling, run(2025, in).output("bijtelling_eur"));
    }

    @Test
    void outsideTheWindowTheInvestmentYearTableIsNotNeeded() {
        Outcome o = run(2025, inputs("investment_year", 2018, "investment_year_total_eur", 50000,
                "sale_price_eur", 10000));
        assertEquals(false, o.output("within_five_years"));
        assertNull(o.output("effective_pct"));
        assertMoney("0", o.output("bijtelling_eur"));
    }

    @Test
    void computedPercentageForAYearWithoutTableIsRefused() {
        MissingRateException e = assertThrows(MissingRateException.class, () -> run(2025, inputs(
                "investment_year", 2021, "investment_year_total_eur", 50000, "sale_price_eur", 10000)));
        assertEquals(KiaRates.LOWER, e.key());
    }

    @Test
    void disposalYearWithoutThresholdIsRefused() {
        assertThrows(MissingRateException.class, () -> run(2027, inputs("investment_year", 2025,
                "kia_pct_applied", new BigDecimal("0.28"), "sale_price_eur", 10000)));
        MissingRateException e = assertThrows(MissingRateException.class, () -> run(2022, inputs(
                "investment_year", 2020, "kia_pct_applied", new BigDecimal("0.28"), "sale_price_eur", 10000)));
        assertEquals(KiaRates.DISINVESTMENT_THRESHOLD, e.key());
    }

    @Test
    void percentageAndTotalTogetherAreRefused() {
        assertEquals(List.of("inputs.kia_pct_applied", "inputs.investment_year_total_eur"), Run.invalidFields(SCHEME,
                2025, inputs("investment_year", 2024, "kia_pct_applied", new BigDecimal("0.28"),
                        "investment_year_total_eur", 50000, "sale_price_eur", 10000)));
    }

    @Test
    void neitherPercentageNorTotalIsRefused() {
        assertEquals(List.of("inputs.kia_pct_applied", "inputs.investment_year_total_eur", "inputs.kia_eur"),
                Run.invalidFields(SCHEME, 2025, inputs("investment_year", 2024, "kia_eur", 5000,
                        "sale_price_eur", 10000)));
    }

    @Test
    void everyInconsistentFieldIsNamed() {
        assertEquals(List.of("inputs.investment_year", "inputs.sale_date", "inputs.total_disposals_in_year_eur",
                        "inputs.kia_eur", "inputs.kia_on_asset_eur", "inputs.asset_cost_eur"),
                Run.invalidFields(SCHEME, 2025, inputs("investment_year", 2026, "sale_date", "2024-12-31",
                        "sale_price_eur", 10000, "total_disposals_in_year_eur", 9000,
                        "investment_year_total_eur", 50000, "kia_eur", 60000,
                        "kia_on_asset_eur", 1000, "asset_cost_eur", 5000)));
    }

    @Test
    void zeroInvestmentTotalIsRefused() {
        assertEquals(List.of("inputs.investment_year_total_eur"), Run.invalidFields(SCHEME, 2025,
                inputs("investment_year", 2024, "investment_year_total_eur", 0, "sale_price_eur", 10000)));
    }
}
