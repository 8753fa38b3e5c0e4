package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.testing.Run;
import eu.ondernemerscheck.domain.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static eu.ondernemerscheck.domain.testing.Run.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the KOR schemes over seeded random inputs. */
class KorPropertiesTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("20000");
    private static final BigDecimal[] RATES = {new BigDecimal("0.21"), new BigDecimal("0.09"), BigDecimal.ZERO};

    private static BigDecimal amount(Random random, int maxEuros) {
        return BigDecimal.valueOf(random.nextInt(maxEuros * 100 + 1)).movePointLeft(2);
    }

    @ParameterizedTest(name = "{0}: crosses exactly when the turnover goes above the threshold; VAT on the whole supply")
    @ValueSource(ints = {2020, 2022, 2024, 2025, 2026})
    void crossingIsExactlyGoingAboveTheThreshold(int year) {
        Random random = new Random(1_000L + year);
        KorCrossingScheme scheme = new KorCrossingScheme();
        for (int i = 0; i < 300; i++) {
            BigDecimal before = amount(random, 20_000);
            BigDecimal supply = amount(random, 3_000);
            BigDecimal rate = RATES[random.nextInt(RATES.length)];
            LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1)
                    .lengthOfYear()));
            Outcome o = Run.scheme(scheme, year, inputs("turnover_before_eur", before, "supply_eur", supply,
                    "supply_date", date.toString(), "vat_rate", rate));
            boolean crosses = before.add(supply).compareTo(THRESHOLD) > 0;
            assertEquals(crosses, o.output("crosses"), before + " + " + supply);
            BigDecimal vat = (BigDecimal) o.output("vat_due_eur");
            assertEquals(crosses ? Run.eur(supply.multiply(rate).setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString()) : Run.eur("0"), vat);
            LocalDate reentry = (LocalDate) o.output("earliest_reentry_date");
            assertEquals(crosses, reentry != null);
            if (crosses) {
                assertTrue(reentry.isAfter(date.plusYears(1)), date + " → " + reentry);
            }
        }
    }

    @ParameterizedTest(name = "KOR from {0}: the herziening never exceeds the VAT deducted and rows match the total")
    @ValueSource(strings = {"2020-01-01", "2023-04-01", "2025-01-01", "2025-07-01", "2026-10-01"})
    void revisionIsBoundedByTheVatDeducted(String start) {
        Random random = new Random(start.hashCode());
        KorRevisionScheme scheme = new KorRevisionScheme();
        LocalDate korStart = LocalDate.parse(start);
        for (int i = 0; i < 150; i++) {
            List<Map<String, Object>> assets = new ArrayList<>();
            BigDecimal vatTotal = BigDecimal.ZERO;
            for (int a = 0; a < 1 + random.nextInt(4); a++) {
                BigDecimal vat = amount(random, 30_000);
                LocalDate inUse = korStart.minusDays(random.nextInt(12 * 365));
                assets.add(inputs("vat_deducted_eur", vat, "in_use_from", inUse.toString(), "kind",
                        random.nextBoolean() ? "movable" : "real_estate"));
                vatTotal = vatTotal.add(vat);
            }
            Outcome o = Run.scheme(scheme, korStart.getYear(), inputs("kor_start_date", start, "assets", assets));
            BigDecimal total = (BigDecimal) o.output("total_payable_eur");
            assertTrue(total.signum() >= 0 && total.compareTo(vatTotal) <= 0, total + " of " + vatTotal);
            BigDecimal rowsPayable = BigDecimal.ZERO;
            int previousYear = korStart.getYear() - 1;
            for (Object row : (List<?>) o.output("schedule")) {
                Map<?, ?> r = (Map<?, ?>) row;
                BigDecimal revision = (BigDecimal) r.get("revision_eur");
                BigDecimal payable = (BigDecimal) r.get("payable_eur");
                assertTrue(payable.signum() == 0 || payable.equals(revision), r.toString());
                assertTrue(payable.signum() > 0 || revision.compareTo(new BigDecimal("500")) < 0, r.toString());
                assertEquals(previousYear + 1, r.get("year"));
                previousYear = (Integer) r.get("year");
                rowsPayable = rowsPayable.add(payable);
            }
            int rows = ((List<?>) o.output("schedule")).size();
            assertTrue(rowsPayable.subtract(total).abs().compareTo(new BigDecimal("0.005").multiply(
                    BigDecimal.valueOf(rows))) <= 0, rowsPayable + " vs " + total);
        }
    }
}
