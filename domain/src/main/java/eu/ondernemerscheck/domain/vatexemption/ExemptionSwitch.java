package eu.ondernemerscheck.domain.vatexemption;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.rules.RateKey;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The first day on which the exemption can start after the e604B notice (tax-rules.md §3.2, 2025 reform (2), Liantis):
 * the first day of a switch period (each quarter from 2025), provided the notice was filed before the notice day of the
 * month before it. "Before 15 March" is read strictly: a notice filed on the 15th itself is too late for that date and
 * moves the start to the next period. The rule in force on the filing day applies; the two switch dates before 2025
 * are not named in the sources, so an earlier filing is refused for want of rates.
 */
final class ExemptionSwitch {

    static final RateKey INTERVAL = RateKey.of("be.vat_exemption.switch_interval_months");
    static final RateKey NOTICE_DAY = RateKey.of("be.vat_exemption.switch_notice_day");
    static final String LIANTIS = "Liantis, Hervorming van de vrijstellingsregeling voor kleine ondernemingen "
            + "(tax-rules.md §3.2)";

    private ExemptionSwitch() {
    }

    public static LocalDate calculate(LocalDate filedOn, Calculation calc) {
        int interval = calc.explainedRate("Overstap mogelijk om de zoveel maanden (1 januari, 1 april, 1 juli, "
                + "1 oktober)", INTERVAL, filedOn, Format.NUMBER).intValueExact();
        BigDecimal noticeDayValue = calc.explainedRate("Formulier e604B indienen vóór deze dag van de maand vóór de "
                + "overstap", NOTICE_DAY, filedOn, Format.NUMBER);
        int noticeDay = noticeDayValue.intValueExact();
        LocalDate candidate = LocalDate.of(filedOn.getYear(), 1, 1);
        while (!candidate.isAfter(filedOn)) {
            candidate = candidate.plusMonths(interval);
        }
        LocalDate deadline = candidate.minusMonths(1).withDayOfMonth(noticeDay);
        if (filedOn.isBefore(deadline)) {
            calc.step("Ingediend op " + filedOn + ", vóór " + deadline + ": overstap op de eerstvolgende datum",
                    candidate.toString(), LIANTIS);
            return candidate;
        }
        LocalDate next = candidate.plusMonths(interval);
        calc.step("Ingediend op " + filedOn + ", niet vóór " + deadline + (filedOn.equals(deadline)
                        ? " (op de " + noticeDay + "e zelf is te laat: het formulier moet ervóór zijn ingediend)" : "")
                        + ": de overstap op " + candidate + " is niet meer mogelijk, dus de volgende datum",
                next.toString(), LIANTIS);
        return next;
    }
}
