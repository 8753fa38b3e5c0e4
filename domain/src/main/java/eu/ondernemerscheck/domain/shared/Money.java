package eu.ondernemerscheck.domain.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in euros, rounded half-up to cents. This is the only place a raw amount is rounded: calculators keep
 * unrounded {@link BigDecimal} intermediates and turn the final figure into money once, at the end (tax-rules.md,
 * conventions: rounding each month first gives a few cents more over a year).
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** Precision for intermediate divisions; far beyond a cent for any amount the schemes meet. */
    public static final MathContext CALC = MathContext.DECIMAL128;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money euros(BigDecimal raw) {
        return new Money(raw);
    }

    public static Money euros(String raw) {
        return new Money(new BigDecimal(raw));
    }

    public static Money euros(long whole) {
        return new Money(BigDecimal.valueOf(whole));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    /** Dutch notation as people write it: {@code € 1.234,56}. */
    public String display() {
        return MoneyFormat.display(amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
