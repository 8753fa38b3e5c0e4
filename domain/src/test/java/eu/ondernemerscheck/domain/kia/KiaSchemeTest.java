package eu.ondernemerscheck.domain.kia;

import eu.ondernemerscheck.domain.testing.Run;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static eu.ondernemerscheck.domain.testing.Run.assertMoney;
import static eu.ondernemerscheck.domain.testing.Run.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KiaSchemeTest {

    private static final KiaScheme KIA = new KiaScheme();

    private static Outcome total(int year, String total) {
        return Run.scheme(KIA, year, inputs("investment_total_eur", new BigDecimal(total)));
    }

    /*
     * Every edge of every year's table (tax-rules.md §1.1) and one euro either side, read "more than A, not more than
     * B". Percentage band: 28% of the total; phase-out: fixed − 7.56% × (total − top of the fixed band). Example 2025:
     * 2,901 × 0.28 = 812.28; 130,745 → 19,769 − 0.0756 × 1 = 19,768.9244 → 19,768.92; at the ceiling 392,230:
     * 19,769 − 0.0756 × 261,486 = 0.6584 → 0.66.
     */
    @ParameterizedTest(name = "{0}: total {1} → KIA {2} ({3}, {4})")
    @CsvSource({
            "2015, 0, 0.00, below_threshold, zero",
            "2015, 2300, 0.00, below_threshold, lower bound itself",
            "2015, 2301, 644.28, percentage, one euro above the lower bound: 2301 × 0.28",
            "2015, 55745, 15608.60, percentage, top of the percentage band: 55745 × 0.28",
            "2015, 55746, 15609.00, fixed, one euro above the percentage band",
            "2015, 103231, 15609.00, fixed, top of the fixed band (the source also prints 103232)",
            "2015, 103232, 15608.92, phase_out, one euro into the phase-out: 15609 − 0.0756",
            "2015, 309693, 0.47, phase_out, the ceiling itself: 15609 − 0.0756 × 206462 = 0.4728",
            "2015, 309694, 0.00, above_ceiling, one euro above the ceiling",
            "2020, 0, 0.00, below_threshold, zero",
            "2020, 2400, 0.00, below_threshold, lower bound itself",
            "2020, 2401, 672.28, percentage, one euro above the lower bound",
            "2020, 58238, 16306.64, percentage, top of the percentage band",
            "2020, 58239, 16307.00, fixed, one euro above the percentage band",
            "2020, 107848, 16307.00, fixed, top of the fixed band",
            "2020, 107849, 16306.92, phase_out, one euro into the phase-out",
            "2020, 323544, 0.38, phase_out, the ceiling itself: 0.3824",
            "2020, 323545, 0.00, above_ceiling, one euro above the ceiling",
            "2023, 0, 0.00, below_threshold, zero",
            "2023, 2600, 0.00, below_threshold, lower bound itself",
            "2023, 2601, 728.28, percentage, one euro above the lower bound",
            "2023, 63716, 17840.48, percentage, top of the percentage band",
            "2023, 63717, 17841.00, fixed, one euro above the percentage band",
            "2023, 117991, 17841.00, fixed, top of the fixed band",
            "2023, 117992, 17840.92, phase_out, one euro into the phase-out",
            "2023, 353973, 0.76, phase_out, the ceiling itself: 0.7608",
            "2023, 353974, 0.00, above_ceiling, one euro above the ceiling",
            "2024, 0, 0.00, below_threshold, zero",
            "2024, 2800, 0.00, below_threshold, lower bound itself (not the misprinted 2846)",
            "2024, 2801, 784.28, percentage, one euro above the lower bound",
            "2024, 69765, 19534.20, percentage, top of the percentage band (not the misprinted 69675)",
            "2024, 69766, 19535.00, fixed, one euro above the percentage band",
            "2024, 129194, 19535.00, fixed, top of the fixed band",
            "2024, 129195, 19534.92, phase_out, one euro into the phase-out",
            "2024, 387580, 1.02, phase_out, the ceiling itself: 1.0184",
            "2024, 387581, 0.00, above_ceiling, one euro above the ceiling",
            "2025, 0, 0.00, below_threshold, zero",
            "2025, 2900, 0.00, below_threshold, lower bound itself",
            "2025, 2901, 812.28, percentage, one euro above the lower bound (sample KIA-02)",
            "2025, 50000, 14000.00, percentage, the contract's example: 50000 × 0.28",
            "2025, 70602, 19768.56, percentage, top of the percentage band",
            "2025, 70603, 19769.00, fixed, one euro above the percentage band",
            "2025, 130744, 19769.00, fixed, 130744 is the top of the fixed band",
            "2025, 130745, 19768.92, phase_out, one euro into the phase-out",
            "2025, 200000, 14533.25, phase_out, sample KIA-07: 19769 − 0.0756 × 69256 = 14533.2464",
            "2025, 392230, 0.66, phase_out, the ceiling itself: 0.6584",
            "2025, 392231, 0.00, above_ceiling, one euro above the ceiling",
            "2026, 0, 0.00, below_threshold, zero",
            "2026, 2900, 0.00, below_threshold, lower bound itself",
            "2026, 2901, 812.28, percentage, one euro above the lower bound",
            "2026, 71683, 20071.24, percentage, top of the percentage band",
            "2026, 71684, 20072.00, fixed, one euro above the percentage band",
            "2026, 132746, 20072.00, fixed, top of the fixed band",
            "2026, 132747, 20071.92, phase_out, one euro into the phase-out",
            "2026, 398236, 0.96, phase_out, the ceiling itself: 0.9560",
            "2026, 398237, 0.00, above_ceiling, one euro above the ceiling",
    })
    void bandEdges(int year, String total, String expectedKia, String band, String why) {
        Outcome o = total(year, total);
        assertMoney(expectedKia, o.output("kia_eur"));
        assertEquals(band, o.output("band"));
        assertMoney(total, o.output("qualifying_total_eur"));
        assertEquals(List.of(), o.output("excluded_assets"));
        assertNull(o.output("kia_per_partner_eur"));
    }

    @ParameterizedTest(name = "{0} has no KIA table and is refused")
    @ValueSource(ints = {2014, 2016, 2019, 2021, 2022, 2027})
    void yearWithoutTableIsRefused(int year) {
        MissingRateException e = assertThrows(MissingRateException.class, () -> total(year, "50000"));
        assertEquals(KiaRates.LOWER, e.key());
    }

    @Test
    void outputsAreAllPresentInContractOrder() {
        assertEquals(List.of("qualifying_total_eur", "kia_eur", "band", "excluded_assets", "kia_per_partner_eur"),
                List.copyOf(total(2025, "50000").outputs().keySet()));
    }

    @Test
    void explanationNamesTheBandTheRatesAndTheirSources() {
        Outcome o = total(2025, "200000");
        String text = o.explanation().toString();
        assertTrue(text.contains("schijf phase_out"), text);
        assertTrue(text.contains("7,56%"), text);
        assertTrue(text.contains("easymkb.nl"), text);
        assertTrue(text.contains("eenmaal afgerond"), text);
    }

    @Test
    void year2026IsProvisionalAndSaysSo() {
        Outcome o = total(2026, "50000");
        assertEquals(RateStatus.PROVISIONAL, o.status());
        assertEquals("Deze uitkomst gebruikt voorlopige tarieven (nl.kia.lower vanaf 2026-01-01, nl.kia.band1_top vanaf "
                + "2026-01-01, nl.kia.rate vanaf 2026-01-01): het bedrag kan nog wijzigen wanneer het tarief officieel "
                + "is bevestigd.", o.warnings().get(0));
        assertTrue(o.explanation().toString().contains("bridgefund.nl"), "the disputed 2026 table is explained");
    }

    @Test
    void thePublishedTablesUpTo2025AreConfirmed() {
        assertEquals(RateStatus.CONFIRMED, total(2024, "2000").status());
        assertEquals(RateStatus.CONFIRMED, total(2024, "50000").status());
        assertEquals(RateStatus.CONFIRMED, total(2025, "200000").status());
        assertTrue(total(2025, "50000").warnings().isEmpty());
    }

    // Sample KIA-16: the laptop of 449 is under the 450 minimum; the machine of 3000 gives 3000 × 0.28 = 840.
    @Test
    void assetBelowTheMinimumIsExcludedWithItsReason() {
        Outcome o = Run.scheme(KIA, 2025, inputs("assets", List.of(
                        inputs("description", "laptop", "amount_excl_vat_eur", 449),
                        inputs("description", "machine", "amount_excl_vat_eur", 3000)),
                "vat_deductible", true));
        assertMoney("3000", o.output("qualifying_total_eur"));
        assertMoney("840", o.output("kia_eur"));
        List<?> excluded = (List<?>) o.output("excluded_assets");
        assertEquals(1, excluded.size());
        Map<?, ?> laptop = (Map<?, ?>) excluded.get(0);
        assertEquals("laptop", laptop.get("description"));
        assertTrue(((String) laptop.get("reason")).contains("minimum"), laptop.toString());
    }

    @ParameterizedTest(name = "an asset of {0} {1} (minimum 450 counts itself)")
    @CsvSource({"449.99, is excluded", "450, counts", "450.01, counts"})
    void perAssetMinimumEdge(String amount, String what) {
        Outcome o = Run.scheme(KIA, 2025, inputs("assets", List.of(
                inputs("description", "bureau", "amount_excl_vat_eur", new BigDecimal(amount)),
                inputs("description", "machine", "amount_excl_vat_eur", 5000))));
        boolean counts = what.equals("counts");
        assertEquals(counts ? 0 : 1, ((List<?>) o.output("excluded_assets")).size());
        assertMoney(counts ? new BigDecimal(amount).add(BigDecimal.valueOf(5000)).toPlainString() : "5000",
                o.output("qualifying_total_eur"));
    }

    @ParameterizedTest(name = "{0} is excluded")
    @EnumSource(value = AssetCategory.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void everyExcludedCategoryIsLeftOutWithItsReason(AssetCategory category) {
        Outcome o = Run.scheme(KIA, 2025, inputs("assets", List.of(
                inputs("description", "uitgesloten", "amount_excl_vat_eur", 10000, "category", category.code()),
                inputs("description", "machine", "amount_excl_vat_eur", 4000))));
        assertMoney("4000", o.output("qualifying_total_eur"));
        assertMoney("1120", o.output("kia_eur"));
        Map<?, ?> item = (Map<?, ?>) ((List<?>) o.output("excluded_assets")).get(0);
        assertEquals("uitgesloten", item.get("description"));
        assertEquals(category.exclusionReason(), item.get("reason"));
    }

    @Test
    void passengerCarForProfessionalPassengerTransportQualifies() {
        Outcome o = Run.scheme(KIA, 2025, inputs("assets", List.of(inputs("description", "taxi",
                "amount_excl_vat_eur", 40000, "category", "passenger_car", "professional_passenger_transport", true))));
        assertMoney("40000", o.output("qualifying_total_eur"));
        assertMoney("11200", o.output("kia_eur"));
        assertEquals(List.of(), o.output("excluded_assets"));
    }

    @Test
    void professionalTransportFlagDoesNotRescueAnotherExcludedKind() {
        Outcome o = Run.scheme(KIA, 2025, inputs("assets", List.of(inputs("description", "boot",
                "amount_excl_vat_eur", 40000, "category", "pleasure_boat", "professional_passenger_transport", true))));
        assertMoney("0", o.output("qualifying_total_eur"));
        assertEquals("below_threshold", o.output("band"));
    }

    // 400 + 84 VAT: with deductible VAT the basis is 400 (< 450, out); without it 484 (counts), KOR participant.
    @ParameterizedTest(name = "VAT deductible {0}: basis {1}")
    @CsvSource({"true, 3000, 1", "false, 3484, 0"})
    void basisIncludesVatOnlyWhenVatIsNotDeductible(boolean deductible, String total, int excludedCount) {
        Outcome o = Run.scheme(KIA, 2025, inputs("assets", List.of(
                        inputs("description", "printer", "amount_excl_vat_eur", 400, "vat_eur", 84),
                        inputs("description", "machine", "amount_excl_vat_eur", 3000)),
                "vat_deductible", deductible));
        assertMoney(total, o.output("qualifying_total_eur"));
        assertEquals(excludedCount, ((List<?>) o.output("excluded_assets")).size());
        assertMoney(new BigDecimal(total).multiply(new BigDecimal("0.28")).toPlainString(), o.output("kia_eur"));
    }

    @Test
    void emptyAssetListGivesNoDeduction() {
        Outcome o = Run.scheme(KIA, 2025, inputs("assets", List.of()));
        assertMoney("0", o.output("kia_eur"));
        assertEquals("below_threshold", o.output("band"));
    }

    // Sample KIA-20: 80,000 lies in the 2025 fixed band: 19,769, split 50/50.
    @Test
    void partnershipSplitsTheFixedAmountByProfitShare() {
        Outcome o = Run.scheme(KIA, 2025, inputs("investment_total_eur", 80000, "partner_profit_shares",
                List.of(new BigDecimal("0.5"), new BigDecimal("0.5"))));
        assertMoney("80000", o.output("qualifying_total_eur"));
        assertMoney("19769", o.output("kia_eur"));
        assertEquals(List.of(Run.eur("9884.50"), Run.eur("9884.50")), o.output("kia_per_partner_eur"));
        assertTrue(o.explanation().toString().contains("Hoge Raad"));
    }

    /*
     * Each partner's part is the unrounded KIA times the share, rounded once: 14,533.2464 × 0.5 = 7,266.6232 → 7,266.62
     * (not half of the rounded 14,533.25). 19,769 × 0.2 = 3,953.80 and × 0.8 = 15,815.20.
     */
    @ParameterizedTest(name = "total {0}, shares {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "200000; 0.5,0.5; 7266.62,7266.62",
            "80000; 0.2,0.8; 3953.80,15815.20",
            "80000; 0.333333,0.333333,0.333334; 6589.66,6589.66,6589.68",
            "80000; 1; 19769.00",
            "2000; 0.5,0.5; 0.00,0.00"})
    void partnerPartsAreRoundedOnceEach(String total, String shares, String expected) {
        List<BigDecimal> shareList = java.util.Arrays.stream(shares.split(",")).map(BigDecimal::new).toList();
        Outcome o = Run.scheme(KIA, 2025, inputs("investment_total_eur", new BigDecimal(total),
                "partner_profit_shares", shareList));
        assertEquals(java.util.Arrays.stream(expected.split(",")).map(Run::eur).toList(),
                o.output("kia_per_partner_eur"));
    }

    @ParameterizedTest(name = "shares {0} do not sum to 1")
    @ValueSource(strings = {"0.5,0.4", "0.6,0.6", "0.33,0.33,0.33"})
    void sharesNotSummingToOneAreRefused(String shares) {
        List<BigDecimal> shareList = java.util.Arrays.stream(shares.split(",")).map(BigDecimal::new).toList();
        assertEquals(List.of("inputs.partner_profit_shares"), Run.invalidFields(KIA, 2025,
                inputs("investment_total_eur", 80000, "partner_profit_shares", shareList)));
    }

    @Test
    void assetsAndTotalTogetherAreRefusedNamingBoth() {
        assertEquals(List.of("inputs.assets", "inputs.investment_total_eur"), Run.invalidFields(KIA, 2025,
                inputs("investment_total_eur", 80000, "assets", List.of(inputs("description", "machine",
                        "amount_excl_vat_eur", 3000)))));
    }

    @Test
    void neitherAssetsNorTotalIsRefusedNamingBoth() {
        assertEquals(List.of("inputs.assets", "inputs.investment_total_eur"),
                Run.invalidFields(KIA, 2025, inputs("vat_deductible", false)));
    }

    @Test
    void everyBadAssetFieldIsNamedByItsPath() {
        List<String> fields = Run.invalidFields(KIA, 2025, inputs("assets", List.of(
                inputs("description", "machine", "amount_excl_vat_eur", 3000),
                inputs("description", "laptop", "amount_excl_vat_eur", -1, "category", "spaceship"),
                inputs("amount_excl_vat_eur", 500))));
        assertEquals(List.of("inputs.assets[1].amount_excl_vat_eur", "inputs.assets[1].category",
                "inputs.assets[2].description"), fields);
    }

    @Test
    void bothErrorsOfOneRequestAreReportedTogether() {
        List<String> fields = Run.invalidFields(KIA, 2025, inputs("partner_profit_shares",
                List.of(new BigDecimal("0.9"))));
        assertEquals(List.of("inputs.assets", "inputs.investment_total_eur", "inputs.partner_profit_shares"), fields);
    }

    @Test
    void excludedPassengerCarExplainsTheDisputedWording() {
        Outcome o = Run.scheme(KIA, 2025, inputs("assets", List.of(inputs("description", "auto",
                "amount_excl_vat_eur", 30000, "category", "passenger_car"))));
        assertMoney("0", o.output("qualifying_total_eur"));
        assertFalse(((List<?>) o.output("excluded_assets")).isEmpty());
        assertTrue(o.explanation().toString().contains("beroepsmatig personenvervoer"));
    }
}
