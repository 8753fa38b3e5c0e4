package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.testing.Run;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static eu.ondernemerscheck.domain.testing.Run.assertMoney;
import static eu.ondernemerscheck.domain.testing.Run.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EuKorSchemeTest {

    private static final EuKorScheme SCHEME = new EuKorScheme();

    /*
     * EU-KOR: EU-wide turnover at most 100,000. The national KOR at home tests only the Dutch turnover against 20,000;
     * the Belgian exemption needs the EU-KOR and Belgian turnover at most 25,000. Sample KOR-12: 18,000 + 24,000.
     */
    @ParameterizedTest(name = "{0}: NL {1} + BE {2} + other {3} → EU {4}, EU-KOR {5}, NL KOR {6}, BE {7}")
    @CsvSource({
            "2025, 18000, 24000, 0, 42000, true, true, true",
            "2025, 20000, 25000, 55000, 100000, true, true, true",
            "2025, 20000, 25000, 55000.01, 100000.01, false, true, false",
            "2025, 20000.01, 25000, 0, 45000.01, true, false, true",
            "2025, 10000, 25000.01, 0, 35000.01, true, true, false",
            "2026, 0, 0, 0, 0, true, true, true",
            "2026, 15000, 20000, 70000, 105000, false, true, false"})
    void thresholds(int year, String nl, String be, String other, String total, boolean eu, boolean nlKor,
                    boolean beExemption) {
        Outcome o = Run.scheme(SCHEME, year, inputs("nl_turnover_eur", new BigDecimal(nl), "be_turnover_eur",
                new BigDecimal(be), "other_eu_turnover_eur", new BigDecimal(other)));
        assertMoney(total, o.output("eu_total_eur"));
        assertEquals(eu, o.output("eu_scheme_available"));
        assertEquals(nlKor, o.output("nl_kor_available"));
        assertEquals(beExemption, o.output("be_exemption_available"));
        assertEquals(List.of("eu_total_eur", "eu_scheme_available", "nl_kor_available", "be_exemption_available"),
                List.copyOf(o.outputs().keySet()));
    }

    @ParameterizedTest(name = "{0}: the EU-KOR does not exist yet or has no rates, so the year is refused")
    @ValueSource(ints = {2024, 2027})
    void yearWithoutEuKorIsRefused(int year) {
        assertThrows(MissingRateException.class, () -> Run.scheme(SCHEME, year, inputs("nl_turnover_eur", 1000)));
    }

    @ParameterizedTest(name = "negative {0} is named")
    @ValueSource(strings = {"nl_turnover_eur", "be_turnover_eur", "other_eu_turnover_eur"})
    void negativeTurnoverIsNamed(String field) {
        assertEquals(List.of("inputs." + field), Run.invalidFields(SCHEME, 2025, inputs(field, -1)));
    }
}
