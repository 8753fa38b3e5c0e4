package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The KOR ends as soon as the year's counted turnover goes above the threshold: the supply that crosses it is taxed in
 * full, as is everything after it, and the entrepreneur deregisters with the crossing date (tax-rules.md §2.2, official
 * example: 19,750 on 15 September 2024, then 500 on 16 September, so the KOR ends on 16 September). Joining again is
 * possible only after the waiting time of the rules in force when the KOR ended (§2.1).
 */
final class KorCrossing {

    private KorCrossing() {
    }

    record Input(BigDecimal turnoverBefore, BigDecimal supply, LocalDate supplyDate, BigDecimal vatRate) {
    }

    /** @param alreadyAbove the turnover before this supply was already above the threshold */
    record Result(boolean crosses, LocalDate korEndDate, Money vatDue, LocalDate earliestReentry,
                  boolean alreadyAbove) {
    }

    static Result calculate(Input in, Calculation calc) {
        BigDecimal threshold = calc.explainedRate("Omzetgrens KOR " + in.supplyDate().getYear(), KorRates.THRESHOLD,
                in.supplyDate(), Format.EURO);
        if (in.turnoverBefore().compareTo(threshold) > 0) {
            return new Result(true, null, Money.ZERO, null, true);
        }
        BigDecimal after = in.turnoverBefore().add(in.supply());
        boolean crosses = after.compareTo(threshold) > 0;
        calc.step("Omzet vóór deze levering " + MoneyFormat.display(in.turnoverBefore()) + " + deze levering "
                        + MoneyFormat.display(in.supply()) + " = " + MoneyFormat.display(after)
                        + (crosses ? ", meer dan " : ", niet meer dan ") + MoneyFormat.display(threshold),
                crosses ? "grens overschreden" : "binnen de grens", KorRates.KOR_PAGE);
        if (!crosses) {
            calc.step("De KOR loopt door; ruimte tot de grens dit jaar", MoneyFormat.display(threshold.subtract(after)),
                    KorRates.KOR_PAGE);
            return new Result(false, null, Money.ZERO, null, false);
        }
        calc.step("De KOR eindigt op de dag van de levering die de grens overschrijdt; meld u af met die datum",
                in.supplyDate().toString(), KorRates.KOR_PAGE);
        Money vat = Money.euros(in.supply().multiply(in.vatRate()));
        calc.step("Deze levering is volledig belast (niet alleen het deel boven de grens): "
                + MoneyFormat.display(in.supply()) + " × " + MoneyFormat.percent(in.vatRate())
                + ", eenmaal afgerond; alles daarna ook", vat.display(), KorRates.KOR_PAGE);
        LocalDate reentry = earliestReentry(in.supplyDate(), calc);
        return new Result(true, in.supplyDate(), vat, reentry, false);
    }

    /** The first day the KOR may apply again after it ended on {@code end}, under the rules in force that day. */
    static LocalDate earliestReentry(LocalDate end, Calculation calc) {
        int rule = calc.number(KorRates.REENTRY_RULE, end).intValueExact();
        if (rule == KorRates.REENTRY_YEARS_AFTER_END) {
            BigDecimal years = calc.explainedRate("Wachttijd na het einde van de KOR (regels tot en met 2024, "
                    + "in jaren na de einddatum)", KorRates.REENTRY_WAIT_YEARS, end, Format.NUMBER);
            LocalDate earliest = end.plusYears(years.longValueExact());
            calc.step("De KOR eindigde op " + end + ", onder de regels tot en met 2024: opnieuw meedoen pas "
                    + MoneyFormat.number(years) + " jaar later. Welke wachttijd geldt, volgt uit de datum waarop de "
                    + "KOR eindigde. Een aanmelding gaat in bij het begin van een aangiftetijdvak en moet 4 weken "
                    + "vooraf binnen zijn.", earliest.toString(), KorRates.KVK);
            return earliest;
        }
        if (rule == KorRates.REENTRY_CALENDAR_YEARS_AFTER_END_YEAR) {
            BigDecimal years = calc.explainedRate("Wachttijd na het einde van de KOR (regels vanaf 2025, in hele "
                    + "kalenderjaren na het jaar van beëindiging)", KorRates.REENTRY_WAIT_CALENDAR_YEARS, end,
                    Format.NUMBER);
            LocalDate earliest = LocalDate.of(end.getYear() + years.intValueExact() + 1, 1, 1);
            calc.step("De KOR eindigde op " + end + ", onder de regels vanaf 2025: de wachttijd loopt van het kwartaal "
                    + "van beëindiging tot het einde van " + (earliest.getYear() - 1) + "; opnieuw meedoen kan vanaf",
                    earliest.toString(), KorRates.KVK);
            return earliest;
        }
        throw new IllegalStateException("unknown KOR re-entry rule " + rule + " on " + end);
    }
}
