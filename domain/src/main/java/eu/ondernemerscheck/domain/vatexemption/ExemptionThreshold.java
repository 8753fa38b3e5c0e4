package eu.ondernemerscheck.domain.vatexemption;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The annual turnover threshold for the part of a calendar year from a given day to 31 December. Each threshold value
 * counts for the calendar days it is in force in that part, divided by the days of the year: for a start during the
 * year this is the pro rata by calendar days of the usual practice (tax-rules.md §3.2, sbb.be; not confirmed
 * officially), and in a year in which the threshold itself changed (2014) each value weighs its own days.
 */
final class ExemptionThreshold {

    static final RateKey THRESHOLD = RateKey.of("be.vat_exemption.threshold");
    static final RateKey TOLERANCE = RateKey.of("be.vat_exemption.tolerance");

    private ExemptionThreshold() {
    }

    /** The threshold in cents, as shown to the user and compared with the turnover. */
    static Money forPeriod(LocalDate from, Calculation calc) {
        LocalDate end = LocalDate.of(from.getYear(), 12, 31);
        int daysInYear = from.lengthOfYear();
        RateValue first = calc.rate(THRESHOLD, from);
        if (from.getDayOfYear() == 1 && !first.effectiveUntil().isBefore(end)) {
            BigDecimal value = calc.explainedRate("Omzetgrens " + from.getYear() + " (per kalenderjaar, zonder btw)",
                    THRESHOLD, from, Format.EURO);
            return Money.euros(value);
        }
        BigDecimal weighted = BigDecimal.ZERO;
        StringBuilder formula = new StringBuilder();
        for (LocalDate day = from; !day.isAfter(end); ) {
            RateValue v = calc.rate(THRESHOLD, day);
            LocalDate until = v.effectiveUntil().isBefore(end) ? v.effectiveUntil() : end;
            long days = ChronoUnit.DAYS.between(day, until) + 1;
            calc.explainedRate("Omzetgrens per jaar, in kracht van " + day + " t/m " + until + " (" + days + " dagen)",
                    THRESHOLD, day, Format.EURO);
            weighted = weighted.add(v.value().multiply(BigDecimal.valueOf(days)));
            formula.append(formula.isEmpty() ? "" : " + ").append(MoneyFormat.display(v.value())).append(" × ")
                    .append(days).append("/").append(daysInYear);
            day = until.plusDays(1);
        }
        Money threshold = Money.euros(weighted.divide(BigDecimal.valueOf(daysInYear), Money.CALC));
        calc.step("Grens naar verhouding van de kalenderdagen vanaf " + from + " (" + daysInYear + " dagen in "
                        + from.getYear() + "): " + formula + ", afgerond op centen", threshold.display(),
                "tax-rules.md §3.2 (sbb.be; pro rata per kalenderdag, niet officieel bevestigd)");
        return threshold;
    }
}
