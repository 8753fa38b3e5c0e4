package eu.ondernemerscheck.domain.kia;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The KIA band table of one investment year, read "more than A, not more than B" (tax-rules.md §1.1): nothing up to
 * the lower bound, a percentage of the total up to the first band top, a fixed amount up to the second band top, then
 * the fixed amount minus the phase-out percentage of the part above the second band top, and nothing above the
 * ceiling. The deduction is returned unrounded; the caller rounds once.
 */
final class KiaTable {

    private KiaTable() {
    }

    /** The band and the unrounded deduction for a qualifying total. */
    record Deduction(Band band, BigDecimal amount) {
    }

    static Deduction apply(BigDecimal total, int investmentYear, Calculation calc) {
        LocalDate day = LocalDate.of(investmentYear, 1, 1);
        String shownTotal = MoneyFormat.display(total);
        RateValue lowerValue = calc.rate(KiaRates.LOWER, day);
        if (!lowerValue.note().isEmpty()) {
            calc.step("Herkomst van de KIA-tabel " + investmentYear + ": " + lowerValue.note(), "",
                    lowerValue.source().citation());
        }
        BigDecimal lower = calc.explainedRate("KIA " + investmentYear + ": geen aftrek bij een totaal tot en met",
                KiaRates.LOWER, day, Format.EURO);
        if (total.compareTo(lower) <= 0) {
            calc.step("Totaal " + shownTotal + " is niet meer dan " + MoneyFormat.display(lower)
                    + ": geen KIA (schijf below_threshold)", MoneyFormat.display(BigDecimal.ZERO), KiaRates.GEEN_RECHT);
            return new Deduction(Band.BELOW_THRESHOLD, BigDecimal.ZERO);
        }
        BigDecimal band1Top = calc.explainedRate("KIA " + investmentYear + ": percentage van het totaal tot en met",
                KiaRates.BAND1_TOP, day, Format.EURO);
        if (total.compareTo(band1Top) <= 0) {
            BigDecimal rate = calc.explainedRate("KIA-percentage " + investmentYear, KiaRates.RATE, day,
                    Format.PERCENT);
            BigDecimal kia = total.multiply(rate);
            calc.step("Totaal " + shownTotal + " is meer dan " + MoneyFormat.display(lower) + " en niet meer dan "
                    + MoneyFormat.display(band1Top) + " (schijf percentage): " + MoneyFormat.percent(rate) + " × "
                    + shownTotal, MoneyFormat.number(kia), "");
            return new Deduction(Band.PERCENTAGE, kia);
        }
        BigDecimal band2Top = calc.explainedRate("KIA " + investmentYear + ": vast bedrag tot en met een totaal van",
                KiaRates.BAND2_TOP, day, Format.EURO);
        if (total.compareTo(band2Top) <= 0) {
            BigDecimal fixed = calc.explainedRate("KIA " + investmentYear + ": vast bedrag", KiaRates.FIXED, day,
                    Format.EURO);
            calc.step("Totaal " + shownTotal + " is meer dan " + MoneyFormat.display(band1Top) + " en niet meer dan "
                    + MoneyFormat.display(band2Top) + " (schijf fixed): het vaste bedrag", MoneyFormat.number(fixed),
                    "");
            return new Deduction(Band.FIXED, fixed);
        }
        BigDecimal top = calc.explainedRate("KIA " + investmentYear + ": geen aftrek boven een totaal van",
                KiaRates.TOP, day, Format.EURO);
        if (total.compareTo(top) > 0) {
            calc.step("Totaal " + shownTotal + " is meer dan " + MoneyFormat.display(top)
                    + ": geen KIA (schijf above_ceiling)", MoneyFormat.display(BigDecimal.ZERO), KiaRates.GEEN_RECHT);
            return new Deduction(Band.ABOVE_CEILING, BigDecimal.ZERO);
        }
        BigDecimal fixed = calc.explainedRate("KIA " + investmentYear + ": vast bedrag", KiaRates.FIXED, day,
                Format.EURO);
        BigDecimal phaseOut = calc.explainedRate("KIA " + investmentYear + ": afbouw per euro boven "
                + MoneyFormat.display(band2Top), KiaRates.PHASE_OUT_RATE, day, Format.PERCENT);
        BigDecimal above = total.subtract(band2Top);
        BigDecimal kia = fixed.subtract(phaseOut.multiply(above));
        calc.step("Totaal " + shownTotal + " is meer dan " + MoneyFormat.display(band2Top) + " en niet meer dan "
                + MoneyFormat.display(top) + " (schijf phase_out): " + MoneyFormat.display(fixed) + " − "
                + MoneyFormat.percent(phaseOut) + " × (" + shownTotal + " − " + MoneyFormat.display(band2Top) + ") = "
                + MoneyFormat.display(fixed) + " − " + MoneyFormat.number(phaseOut.multiply(above)),
                MoneyFormat.number(kia), "");
        return new Deduction(Band.PHASE_OUT, kia);
    }
}
