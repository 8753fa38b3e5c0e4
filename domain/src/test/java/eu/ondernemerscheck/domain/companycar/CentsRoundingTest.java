package eu.ondernemerscheck.domain.companycar;

import eu.ondernemerscheck.domain.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link CompanyCarBenefit#cents} rounds every quotient to the same cent as rounding the 34-digit quotient does
 * ({@code Money.euros(n.divide(d, Money.CALC))}, the rounding the published figures were made with): random numerators
 * and whole denominators, and numerators placed on a half cent and one unit of their last digit either side of it,
 * where the two roundings would part if they ever did.
 */
class CentsRoundingTest {

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 20261123L + i);
    }

    @ParameterizedTest(name = "seed {0}: same cent as the 34-digit quotient")
    @MethodSource("seeds")
    void roundsLikeTheThirtyFourDigitQuotient(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            int scale = random.nextInt(14);
            int digits = 1 + random.nextInt(31);
            BigInteger unscaled = new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
            if (random.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            BigDecimal numerator = new BigDecimal(unscaled, scale);
            BigDecimal denominator = BigDecimal.valueOf(1 + random.nextInt(random.nextBoolean() ? 12 : 200_000));
            assertSameCent(numerator, denominator);
        }
    }

    @ParameterizedTest(name = "seed {0}: half cents and their neighbours")
    @MethodSource("seeds")
    void halfCentsAndTheirNeighboursRoundAlike(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal denominator = BigDecimal.valueOf(1 + random.nextInt(100_000));
            // A half cent times the denominator is a numerator whose quotient is exactly that half cent.
            BigDecimal halfCent = BigDecimal.valueOf(2L * random.nextInt(1_000_000_000) + 1, 3);
            BigDecimal onHalf = halfCent.multiply(denominator);
            int extraScale = random.nextInt(20);
            BigDecimal unit = BigDecimal.ONE.movePointLeft(onHalf.scale() + extraScale);
            for (BigDecimal numerator : new BigDecimal[] {onHalf, onHalf.add(unit), onHalf.subtract(unit)}) {
                assertSameCent(numerator, denominator);
                assertSameCent(numerator.negate(), denominator);
            }
        }
    }

    private static void assertSameCent(BigDecimal numerator, BigDecimal denominator) {
        Money expected = Money.euros(numerator.divide(denominator, Money.CALC));
        assertEquals(expected, CompanyCarBenefit.cents(numerator, denominator),
                () -> numerator.toPlainString() + " / " + denominator);
    }
}
