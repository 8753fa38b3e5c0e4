package eu.ondernemerscheck.domain.kor;

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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KorComparisonSchemeTest {

    private static final KorComparisonScheme SCHEME = new KorComparisonScheme();

    /*
     * Kept = consumer share × turnover × rate (21% by default); lost = VAT on costs + investments; net = kept − lost −
     * first-year revision; join when net > 0, stay otherwise, not_eligible above the threshold.
     */
    @ParameterizedTest(name = "turnover {0}, consumers {1}, rate {2}, costs VAT {3}, investments VAT {4} → {8}")
    @CsvSource({
            "15000, , , 500, 0, 3150.00, 500.00, 2650.00, join",
            "15000, 0, , 500, 0, 0.00, 500.00, -500.00, stay",
            "15000, 0.5, , 300, 200, 1575.00, 500.00, 1075.00, join",
            "15000, 1, 0.09, 1350, 0, 1350.00, 1350.00, 0.00, stay",
            "20000, 1, , 0, 0, 4200.00, 0.00, 4200.00, join",
            "20000.01, 1, , 0, 0, 4200.00, 0.00, 4200.00, not_eligible",
            "8000, 0.25, 0.21, 100, 2000, 420.00, 2100.00, -1680.00, stay"})
    void advice(String turnover, String share, String rate, String costs, String investments, String kept,
                String lost, String net, String advice) {
        Map<String, Object> in = inputs("turnover_excl_vat_eur", new BigDecimal(turnover), "input_vat_costs_eur",
                new BigDecimal(costs), "input_vat_investments_eur", new BigDecimal(investments));
        if (share != null) {
            in.put("consumer_share", new BigDecimal(share));
        }
        if (rate != null) {
            in.put("vat_rate", new BigDecimal(rate));
        }
        Outcome o = Run.scheme(SCHEME, 2025, in);
        assertEquals(!advice.equals("not_eligible"), o.output("eligible"));
        assertMoney(kept, o.output("vat_kept_eur"));
        assertMoney(lost, o.output("input_vat_lost_eur"));
        assertMoney("0", o.output("revision_payable_eur"));
        assertMoney(net, o.output("net_advantage_eur"));
        assertEquals(advice, o.output("advice"));
    }

    // 12,000 × 21% = 2,520 kept; the car's revision 4,500 / 5 = 900 in the first year: 2,520 − 400 − 900 = 1,220.
    @Test
    void firstYearRevisionIsSubtracted() {
        Outcome o = Run.scheme(SCHEME, 2025, inputs("turnover_excl_vat_eur", 12000, "input_vat_costs_eur", 400,
                "revision_assets", List.of(inputs("vat_deducted_eur", 4500, "in_use_from", "2024-01-01"))));
        assertMoney("900", o.output("revision_payable_eur"));
        assertMoney("1220", o.output("net_advantage_eur"));
        assertEquals("join", o.output("advice"));
        assertEquals(List.of("eligible", "vat_kept_eur", "input_vat_lost_eur", "revision_payable_eur",
                "net_advantage_eur", "advice"), List.copyOf(o.outputs().keySet()));
    }

    // Start 1 July: 6/12 × 900 = 450 in the first year, under the 500 de minimis, so nothing that year.
    @Test
    void startDuringTheYearUsesThePartOfTheYearForTheRevisionAndWarns() {
        Outcome o = Run.scheme(SCHEME, 2025, inputs("turnover_excl_vat_eur", 12000, "start_date", "2025-07-01",
                "revision_assets", List.of(inputs("vat_deducted_eur", 4500, "in_use_from", "2024-01-01"))));
        assertMoney("0", o.output("revision_payable_eur"));
        assertTrue(o.warnings().stream().anyMatch(w -> w.contains("niet op 1 januari")), o.warnings().toString());
    }

    @Test
    void explanationListsWhatTheFigureLeavesOut() {
        String text = Run.scheme(SCHEME, 2025, inputs("turnover_excl_vat_eur", 12000)).explanation().toString();
        assertTrue(text.contains("btw-aangiften"), text);
        assertTrue(text.contains("verplichte vermelding"), text);
        assertTrue(text.contains("zakelijke klanten"), text);
    }

    @Test
    void inconsistentInputsAreNamed() {
        assertEquals(List.of("inputs.start_date", "inputs.start_date", "inputs.revision_assets[0].in_use_from"),
                Run.invalidFields(SCHEME, 2025, inputs("turnover_excl_vat_eur", 12000, "start_date", "2024-07-15",
                        "revision_assets", List.of(inputs("vat_deducted_eur", 4500, "in_use_from", "2025-01-01")))));
        assertEquals(List.of("inputs.turnover_excl_vat_eur", "inputs.consumer_share"), Run.invalidFields(SCHEME, 2025,
                inputs("consumer_share", 1.5)));
    }

    @Test
    void yearWithoutRatesIsRefused() {
        assertThrows(MissingRateException.class, () -> Run.scheme(SCHEME, 2027, inputs("turnover_excl_vat_eur",
                12000)));
    }
}
