package eu.ondernemerscheck.domain.kia;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.ExplanationStep;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

import static eu.ondernemerscheck.domain.kia.TableStep.allProvisional;
import static eu.ondernemerscheck.domain.kia.TableStep.own;
import static eu.ondernemerscheck.domain.kia.TableStep.period;
import static eu.ondernemerscheck.domain.kia.TableStep.references;

/**
 * The KIA band table of one investment year, read "more than A, not more than B" (tax-rules.md §1.1): nothing up to
 * the lower bound, a percentage of the total up to the first band top, a fixed amount up to the second band top, then
 * the fixed amount minus the phase-out percentage of the part above the second band top, and nothing above the
 * ceiling. Only the values that decide the band are read, so the result is as settled as those values are. The
 * deduction is returned unrounded; the caller rounds once.
 */
final class KiaTable {

    private static final String ZERO = MoneyFormat.display(BigDecimal.ZERO);

    private KiaTable() {
    }

    /** The band and the unrounded deduction for a qualifying total. */
    record Deduction(Band band, BigDecimal amount) {
    }

    /**
     * The steps are written when the explanation is read; they only read the total and the rate values, which do not
     * change.
     */
    static Deduction apply(BigDecimal total, int investmentYear, Calculation calc) {
        LocalDate day = LocalDate.of(investmentYear, 1, 1);
        RateValue lower = calc.rate(KiaRates.LOWER, day);
        if (!lower.note().isEmpty()) {
            calc.step(lower.note(), "", "");
        }
        if (total.compareTo(lower.value()) <= 0) {
            calc.step(() -> {
                String shownLower = MoneyFormat.display(lower.value());
                return new ExplanationStep("KIA-tabel " + investmentYear + ": geen aftrek bij een totaal tot en met "
                        + shownLower + period(lower, lower.provisional()), shownLower, references(lower));
            });
            calc.step(() -> new ExplanationStep("Totaal " + MoneyFormat.display(total) + " is niet meer dan "
                    + MoneyFormat.display(lower.value()) + ": geen KIA (schijf below_threshold)", ZERO,
                    KiaRates.GEEN_RECHT));
            return new Deduction(Band.BELOW_THRESHOLD, BigDecimal.ZERO);
        }
        RateValue band1 = calc.rate(KiaRates.BAND1_TOP, day);
        if (total.compareTo(band1.value()) <= 0) {
            RateValue rate = calc.rate(KiaRates.RATE, day);
            BigDecimal kia = total.multiply(rate.value());
            calc.step(() -> {
                boolean all = allProvisional(lower, band1, rate);
                return new ExplanationStep("KIA-tabel " + investmentYear + ": geen aftrek bij een totaal tot en met "
                        + MoneyFormat.display(lower.value()) + own(lower, lower, all) + "; daarboven "
                        + MoneyFormat.percent(rate.value()) + own(rate, lower, all)
                        + " van het totaal, tot en met een totaal van " + MoneyFormat.display(band1.value())
                        + own(band1, lower, all) + period(lower, all), "", references(lower, band1, rate));
            });
            calc.step(() -> {
                String shownTotal = MoneyFormat.display(total);
                String shownRate = MoneyFormat.percent(rate.value());
                return new ExplanationStep("Totaal " + shownTotal + " is meer dan " + MoneyFormat.display(lower.value())
                        + " en niet meer dan " + MoneyFormat.display(band1.value()) + " (schijf percentage): "
                        + shownRate + " × " + shownTotal, MoneyFormat.number(kia), "");
            });
            return new Deduction(Band.PERCENTAGE, kia);
        }
        RateValue band2 = calc.rate(KiaRates.BAND2_TOP, day);
        RateValue fixed = calc.rate(KiaRates.FIXED, day);
        if (total.compareTo(band2.value()) <= 0) {
            calc.step(() -> {
                boolean all = allProvisional(lower, band1, band2, fixed);
                return new ExplanationStep("KIA-tabel " + investmentYear + ": geen aftrek bij een totaal tot en met "
                        + MoneyFormat.display(lower.value()) + own(lower, lower, all)
                        + "; de percentageschijf loopt tot en met " + MoneyFormat.display(band1.value())
                        + own(band1, lower, all) + "; daarboven een vast bedrag van "
                        + MoneyFormat.display(fixed.value()) + own(fixed, lower, all) + ", tot en met een totaal van "
                        + MoneyFormat.display(band2.value()) + own(band2, lower, all) + period(lower, all), "",
                        references(lower, band1, band2, fixed));
            });
            calc.step(() -> new ExplanationStep("Totaal " + MoneyFormat.display(total) + " is meer dan "
                    + MoneyFormat.display(band1.value()) + " en niet meer dan " + MoneyFormat.display(band2.value())
                    + " (schijf fixed): het vaste bedrag", MoneyFormat.display(fixed.value()), ""));
            return new Deduction(Band.FIXED, fixed.value());
        }
        RateValue top = calc.rate(KiaRates.TOP, day);
        if (total.compareTo(top.value()) > 0) {
            calc.step(() -> {
                boolean all = allProvisional(lower, band1, band2, fixed, top);
                return new ExplanationStep("KIA-tabel " + investmentYear + ": geen aftrek bij een totaal tot en met "
                        + MoneyFormat.display(lower.value()) + own(lower, lower, all)
                        + "; de percentageschijf loopt tot en met " + MoneyFormat.display(band1.value())
                        + own(band1, lower, all) + "; de schijf met een vast bedrag van "
                        + MoneyFormat.display(fixed.value()) + own(fixed, lower, all) + " loopt tot en met "
                        + MoneyFormat.display(band2.value()) + own(band2, lower, all)
                        + "; geen aftrek boven een totaal van " + MoneyFormat.display(top.value())
                        + own(top, lower, all) + period(lower, all), "", references(lower, band1, band2, fixed, top));
            });
            calc.step(() -> new ExplanationStep("Totaal " + MoneyFormat.display(total) + " is meer dan "
                    + MoneyFormat.display(top.value()) + ": geen KIA (schijf above_ceiling)", ZERO,
                    KiaRates.GEEN_RECHT));
            return new Deduction(Band.ABOVE_CEILING, BigDecimal.ZERO);
        }
        RateValue phaseOut = calc.rate(KiaRates.PHASE_OUT_RATE, day);
        BigDecimal reduction = phaseOut.value().multiply(total.subtract(band2.value()));
        BigDecimal kia = fixed.value().subtract(reduction);
        calc.step(() -> {
            boolean all = allProvisional(lower, band1, band2, fixed, top, phaseOut);
            String shownBand2 = MoneyFormat.display(band2.value());
            return new ExplanationStep("KIA-tabel " + investmentYear + ": geen aftrek bij een totaal tot en met "
                    + MoneyFormat.display(lower.value()) + own(lower, lower, all)
                    + "; de percentageschijf loopt tot en met " + MoneyFormat.display(band1.value())
                    + own(band1, lower, all) + "; daarboven een vast bedrag van " + MoneyFormat.display(fixed.value())
                    + own(fixed, lower, all) + ", tot en met een totaal van " + shownBand2 + own(band2, lower, all)
                    + "; daarboven het vaste bedrag min " + MoneyFormat.percent(phaseOut.value())
                    + own(phaseOut, lower, all) + " van het deel boven " + shownBand2 + ", tot en met een totaal van "
                    + MoneyFormat.display(top.value()) + own(top, lower, all) + period(lower, all), "",
                    references(lower, band1, band2, fixed, top, phaseOut));
        });
        calc.step(() -> {
            String shownTotal = MoneyFormat.display(total);
            String shownBand2 = MoneyFormat.display(band2.value());
            String shownFixed = MoneyFormat.display(fixed.value());
            return new ExplanationStep("Totaal " + shownTotal + " is meer dan " + shownBand2 + " en niet meer dan "
                    + MoneyFormat.display(top.value()) + " (schijf phase_out): " + shownFixed + " − "
                    + MoneyFormat.percent(phaseOut.value()) + " × (" + shownTotal + " − " + shownBand2 + ") = "
                    + shownFixed + " − " + MoneyFormat.number(reduction), MoneyFormat.number(kia), "");
        });
        return new Deduction(Band.PHASE_OUT, kia);
    }
}
