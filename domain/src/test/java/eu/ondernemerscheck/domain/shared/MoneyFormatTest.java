package eu.ondernemerscheck.domain.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Dutch notation, and the fast path for numbers that fit a long giving exactly what BigDecimal's text gives. */
class MoneyFormatTest {

    @ParameterizedTest(name = "{0} → {1} | {2} | {3}")
    @CsvSource(delimiter = '|', value = {
            "0 | € 0,00 | 0 | 0%",
            "1234.56 | € 1.234,56 | 1.234,56 | 123456%",
            "-1234.565 | -€ 1.234,57 | -1.234,565 | -123456,5%",
            "0.0756 | € 0,08 | 0,0756 | 7,56%",
            "0.28 | € 0,28 | 0,28 | 28%",
            "19769.00 | € 19.769,00 | 19.769 | 1976900%",
            "100.50 | € 100,50 | 100,5 | 10050%",
            "1E+3 | € 1.000,00 | 1.000 | 100000%",
            "999999999999.995 | € 1.000.000.000.000,00 | 999.999.999.999,995 | 99999999999999,5%",
            "0.000000000000000001 | € 0,00 | 0,000000000000000001 | 0,0000000000000001%"})
    void dutchNotation(String value, String display, String number, String percent) {
        BigDecimal v = new BigDecimal(value);
        assertEquals(display, MoneyFormat.display(v));
        assertEquals(number, MoneyFormat.number(v));
        assertEquals(percent, MoneyFormat.percent(v));
    }

    @ParameterizedTest(name = "seed {0}: the fast path writes what the BigDecimal text gives")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void fastPathMatchesTheGeneralNotation(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal v = BigDecimal.valueOf(random.nextLong() % 10_000_000_000_000L, random.nextInt(12));
            if (random.nextInt(10) == 0) {
                v = v.divide(BigDecimal.valueOf(3 + random.nextInt(50)), MathContext.DECIMAL128);
            }
            assertEquals(referenceDisplay(v), MoneyFormat.display(v), v.toPlainString());
            assertEquals(referenceNumber(v), MoneyFormat.number(v), v.toPlainString());
            assertEquals(referencePercent(v), MoneyFormat.percent(v), v.toPlainString());
        }
    }

    private static String referenceDisplay(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        return (cents.signum() < 0 ? "-" : "") + "€ " + grouped(cents.abs());
    }

    private static String referenceNumber(BigDecimal value) {
        return (value.signum() < 0 ? "-" : "") + grouped(value.abs().stripTrailingZeros().scale() < 0
                ? value.abs().setScale(0) : value.abs().stripTrailingZeros());
    }

    private static String referencePercent(BigDecimal fraction) {
        BigDecimal pct = fraction.movePointRight(2).stripTrailingZeros();
        return (pct.scale() < 0 ? pct.setScale(0) : pct).toPlainString().replace('.', ',') + "%";
    }

    private static String grouped(BigDecimal nonNegative) {
        String plain = nonNegative.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        return out.append(dot < 0 ? "" : "," + plain.substring(dot + 1)).toString();
    }
}
