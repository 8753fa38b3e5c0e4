package eu.ondernemerscheck.domain.kia;

import eu.ondernemerscheck.domain.testing.Run;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static eu.ondernemerscheck.domain.testing.Run.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the KIA over many seeded random totals, for every year that has a table. */
class KiaPropertiesTest {

    private static final KiaScheme KIA = new KiaScheme();
    private static final int DRAWS = 400;

    private static BigDecimal kia(int year, BigDecimal total) {
        return (BigDecimal) Run.scheme(KIA, year, inputs("investment_total_eur", total)).output("kia_eur");
    }

    private static BigDecimal value(int year, RateKey key) {
        return Run.RATES.require(key, LocalDate.of(year, 1, 1)).value();
    }

    private static BigDecimal randomTotal(Random random, int maxEuros) {
        return BigDecimal.valueOf(random.nextInt(maxEuros * 100 + 1)).movePointLeft(2);
    }

    @ParameterizedTest(name = "{0}: the KIA is never negative and never more than the investment")
    @ValueSource(ints = {2015, 2020, 2023, 2024, 2025, 2026})
    void neverNegativeNorAboveTheInvestment(int year) {
        Random random = new Random(20_261_123L + year);
        for (int i = 0; i < DRAWS; i++) {
            BigDecimal total = randomTotal(random, 450_000);
            BigDecimal kia = kia(year, total);
            assertTrue(kia.signum() >= 0, total + " gives " + kia);
            assertTrue(kia.compareTo(total) <= 0, total + " gives " + kia);
        }
    }

    @ParameterizedTest(name = "{0}: rises up to the end of the fixed band and falls after it")
    @ValueSource(ints = {2015, 2020, 2023, 2024, 2025, 2026})
    void risesThenFalls(int year) {
        Random random = new Random(7L * year);
        BigDecimal band2Top = value(year, KiaRates.BAND2_TOP);
        BigDecimal top = value(year, KiaRates.TOP);
        for (int i = 0; i < DRAWS; i++) {
            BigDecimal a = randomTotal(random, band2Top.intValue());
            BigDecimal b = a.add(randomTotal(random, 5_000)).min(band2Top);
            assertTrue(kia(year, a).compareTo(kia(year, b)) <= 0, a + " vs " + b);
            BigDecimal c = band2Top.add(randomTotal(random, top.subtract(band2Top).intValue()));
            BigDecimal d = c.add(randomTotal(random, 5_000)).min(top);
            assertTrue(kia(year, c).compareTo(kia(year, d)) >= 0, c + " vs " + d);
        }
    }

    @ParameterizedTest(name = "{0}: continuous where the fixed band turns into the phase-out")
    @ValueSource(ints = {2015, 2020, 2023, 2024, 2025, 2026})
    void continuousAtTheStartOfThePhaseOut(int year) {
        Random random = new Random(31L * year);
        BigDecimal band2Top = value(year, KiaRates.BAND2_TOP);
        BigDecimal rate = value(year, KiaRates.PHASE_OUT_RATE);
        BigDecimal atEdge = kia(year, band2Top);
        for (int i = 0; i < DRAWS; i++) {
            BigDecimal step = randomTotal(random, 10);
            BigDecimal drop = atEdge.subtract(kia(year, band2Top.add(step)));
            BigDecimal expected = rate.multiply(step);
            assertTrue(drop.subtract(expected).abs().compareTo(new BigDecimal("0.01")) <= 0,
                    "a step of " + step + " drops " + drop + ", expected about " + expected);
        }
    }

    @ParameterizedTest(name = "{0}: partners' parts add up to the KIA within a cent each")
    @ValueSource(ints = {2023, 2024, 2025, 2026})
    void partnerPartsAddUp(int year) {
        Random random = new Random(97L * year);
        for (int i = 0; i < 100; i++) {
            int partners = 2 + random.nextInt(4);
            List<BigDecimal> shares = new ArrayList<>();
            BigDecimal left = BigDecimal.ONE;
            for (int p = 1; p < partners; p++) {
                BigDecimal share = left.multiply(BigDecimal.valueOf(random.nextInt(60) + 10))
                        .divide(BigDecimal.valueOf(100), 6, RoundingMode.DOWN);
                shares.add(share);
                left = left.subtract(share);
            }
            shares.add(left);
            BigDecimal total = randomTotal(random, 450_000);
            Outcome o = Run.scheme(KIA, year, inputs("investment_total_eur", total, "partner_profit_shares", shares));
            BigDecimal sum = BigDecimal.ZERO;
            for (Object part : (List<?>) o.output("kia_per_partner_eur")) {
                sum = sum.add((BigDecimal) part);
            }
            BigDecimal kia = (BigDecimal) o.output("kia_eur");
            assertTrue(sum.subtract(kia).abs().compareTo(new BigDecimal("0.005").multiply(
                    BigDecimal.valueOf(partners))) <= 0, shares + ": " + sum + " vs " + kia);
        }
    }

    @ParameterizedTest(name = "{0}: a list of qualifying assets gives the same KIA as their total")
    @ValueSource(ints = {2015, 2025, 2026})
    void assetsAndTheirTotalAgree(int year) {
        Random random = new Random(13L * year);
        for (int i = 0; i < 100; i++) {
            List<Object> assets = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int a = 0; a < 1 + random.nextInt(6); a++) {
                BigDecimal amount = new BigDecimal("450").add(randomTotal(random, 60_000));
                assets.add(inputs("description", "bedrijfsmiddel " + a, "amount_excl_vat_eur", amount));
                total = total.add(amount);
            }
            Outcome fromAssets = Run.scheme(KIA, year, inputs("assets", assets));
            assertEquals(kia(year, total), fromAssets.output("kia_eur"), "total " + total);
        }
    }
}
