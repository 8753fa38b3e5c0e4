package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The deadline to join or leave the KOR: the notice must be received at least 4 weeks before the start of the return
 * period. The official examples (start 1 April 2020, in by 3 March 2020; KVK: stop per 1 January 2025, tell them by
 * 3 December 2024) are the start date minus 29 days, four full weeks between receipt and start (tax-rules.md §2.2). A
 * late notice moves the start to the next period.
 */
final class KorRegistration {

    private KorRegistration() {
    }

    /** The length of the return period: the KOR starts and stops only at the start of one. */
    enum ReturnPeriod {
        QUARTER("kwartaal", 3), MONTH("maand", 1), YEAR("jaar", 12);

        private final String dutch;
        private final int months;

        ReturnPeriod(String dutch, int months) {
            this.dutch = dutch;
            this.months = months;
        }

        boolean isStart(LocalDate date) {
            return date.getDayOfMonth() == 1 && (date.getMonthValue() - 1) % months == 0;
        }

        LocalDate nextStart(LocalDate after) {
            LocalDate first = after.withDayOfMonth(1);
            int offset = (first.getMonthValue() - 1) % months;
            return first.minusMonths(offset).plusMonths(months);
        }
    }

    record Input(LocalDate desiredDate, ReturnPeriod returnPeriod) {
    }

    record Result(LocalDate mustBeReceivedBy, boolean isPeriodStart) {
    }

    static Result calculate(Input in, Calculation calc) {
        LocalDate desired = in.desiredDate();
        // The notice is filed before the period starts, so the filing rule in force on the day before applies: a
        // start on 1 January 2027 is prepared under the rules of 2026.
        LocalDate filedUnder = desired.minusDays(1);
        BigDecimal days = calc.explainedRate("Aanmelding of afmelding moet ten minste 4 weken vóór het begin van het "
                        + "aangiftetijdvak binnen zijn; volgens de officiële voorbeelden (1 april 2020: uiterlijk "
                        + "3 maart 2020; 1 januari 2025: uiterlijk 3 december 2024) is dat dagen vooraf (de regel die "
                        + "geldt op de dag vóór de gewenste datum, want de melding valt daarvoor)",
                KorRates.REGISTRATION_LEAD_DAYS, filedUnder, Format.NUMBER);
        LocalDate receivedBy = desired.minusDays(days.longValueExact());
        calc.step("Uiterlijk binnen bij de Belastingdienst: " + desired + " min " + MoneyFormat.number(days)
                + " dagen", receivedBy.toString(), KorRates.KOR_PAGE);
        boolean periodStart = in.returnPeriod().isStart(desired);
        if (periodStart) {
            calc.step(desired + " is het begin van een aangiftetijdvak (" + in.returnPeriod().dutch + ")", "ja",
                    KorRates.KOR_PAGE);
        } else {
            LocalDate next = in.returnPeriod().nextStart(desired);
            LocalDate nextBy = next.minusDays(days.longValueExact());
            calc.step(desired + " is niet het begin van een aangiftetijdvak (" + in.returnPeriod().dutch + "); de KOR "
                    + "begint of stopt pas bij het volgende tijdvak, " + next + ", en daarvoor moet de melding "
                    + "uiterlijk " + nextBy + " binnen zijn", "nee", KorRates.KOR_PAGE);
            calc.warn(desired + " is niet de eerste dag van een aangiftetijdvak. De KOR begint of stopt alleen aan het "
                    + "begin van een tijdvak: het eerstvolgende is " + next + " (melding uiterlijk " + nextBy
                    + " binnen).");
        }
        calc.step("Is de melding te laat, dan gaat de KOR pas in (of stopt pas) bij het begin van het volgende "
                + "aangiftetijdvak", "", KorRates.KOR_PAGE);
        return new Result(receivedBy, periodStart);
    }
}
