package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Herziening of VAT deducted on investment goods when the KOR starts (tax-rules.md §2.2; Belastingdienst "Moet ik mijn
 * btw-aftrek herzien vanwege de KOR?"): over the correction period (movables the year of first use plus 4, real estate
 * plus 9) each year in the KOR repays the deducted VAT divided by the number of years. No correction in a book year when
 * all three hold: the year's total correction is below the de-minimis amount, the goods were put into use in earlier
 * years, and the correction is caused by joining or leaving the KOR (always so here).
 */
final class KorRevision {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private KorRevision() {
    }

    record Asset(String description, BigDecimal vatDeducted, LocalDate inUseFrom, AssetKind kind) {
    }

    /**
     * @param korStart        the first day in the KOR, the first day of a month
     * @param otherRevision   other herziening of the same book year, counted for the de-minimis test of that year
     * @param otherRevisionYear the book year of {@code otherRevision}
     */
    record Input(LocalDate korStart, List<Asset> assets, BigDecimal otherRevision, int otherRevisionYear) {
    }

    record Row(int year, Money revision, Money payable) {
    }

    /** @param firstYearPayable what is payable for the year the KOR starts (zero when nothing is) */
    record Result(List<Row> schedule, Money totalPayable, Money firstYearPayable) {
    }

    static Result calculate(Input in, Calculation calc) {
        LocalDate start = in.korStart();
        int startYear = start.getYear();
        if (in.assets().isEmpty()) {
            calc.step("Geen investeringsgoederen opgegeven: geen herziening", Money.ZERO.display(),
                    KorRates.HERZIENING);
            return new Result(List.of(), Money.ZERO, Money.ZERO);
        }
        calc.step("De waarden hieronder zijn die welke gelden op de startdatum van de KOR, " + start
                + "; aanmelden is de oorzaak van deze herziening", "", KorRates.HERZIENING);
        BigDecimal deMinimis = calc.explainedRate("Geen herziening in een boekjaar als het totaal daarvan minder is "
                + "dan", KorRates.REVISION_DE_MINIMIS, start, Format.EURO);
        Map<AssetKind, Integer> periods = new EnumMap<>(AssetKind.class);
        int months = 12 - start.getMonthValue() + 1;
        BigDecimal startShare = BigDecimal.valueOf(months).divide(TWELVE, Money.CALC);
        if (months < 12) {
            calc.step("De KOR begint niet op 1 januari: in " + startYear + " valt " + months + " van de 12 maanden in "
                    + "de KOR. De herziening volgt het gebruik in het boekjaar, dus voor " + startYear + " telt "
                    + months + "/12 van het jaarbedrag (de Belastingdienst geeft alleen een voorbeeld met een start "
                    + "op 1 januari; dit is onze keuze)", months + "/12", KorRates.HERZIENING);
        }
        int lastYear = startYear - 1;
        int[] first = new int[in.assets().size()];
        int[] last = new int[in.assets().size()];
        BigDecimal[] perYear = new BigDecimal[in.assets().size()];
        for (int i = 0; i < in.assets().size(); i++) {
            Asset a = in.assets().get(i);
            int years = periods.computeIfAbsent(a.kind(), k -> calc.explainedRate("Herzieningsperiode "
                    + k.dutch() + " investeringsgoed (jaren, het jaar van ingebruikname meegeteld)",
                    KorRates.revisionYears(k), start, Format.NUMBER).intValueExact());
            first[i] = a.inUseFrom().getYear();
            last[i] = first[i] + years - 1;
            perYear[i] = a.vatDeducted().divide(BigDecimal.valueOf(years), Money.CALC);
            String name = "Investeringsgoed " + (i + 1) + (a.description() == null ? "" : " '" + a.description() + "'")
                    + " (" + a.kind().dutch() + "), btw afgetrokken " + MoneyFormat.display(a.vatDeducted())
                    + ", in gebruik vanaf " + a.inUseFrom() + ": herzieningsperiode " + first[i] + "–" + last[i];
            if (last[i] < startYear) {
                calc.step(name + "; die is voor de start van de KOR al afgelopen: geen herziening", "",
                        KorRates.HERZIENING);
            } else {
                calc.step(name + "; per KOR-jaar " + MoneyFormat.display(a.vatDeducted()) + " ÷ " + years,
                        MoneyFormat.number(perYear[i]), KorRates.HERZIENING);
                lastYear = Math.max(lastYear, last[i]);
            }
        }
        List<Row> rows = new ArrayList<>();
        BigDecimal totalPayable = BigDecimal.ZERO;
        BigDecimal firstYearPayable = BigDecimal.ZERO;
        for (int year = startYear; year <= lastYear; year++) {
            BigDecimal revision = BigDecimal.ZERO;
            boolean allInUseBefore = true;
            for (int i = 0; i < first.length; i++) {
                if (year >= first[i] && year <= last[i]) {
                    BigDecimal part = year == startYear ? perYear[i].multiply(startShare) : perYear[i];
                    revision = revision.add(part);
                    if (first[i] >= year) {
                        allInUseBefore = false;
                    }
                }
            }
            BigDecimal bookYearTotal = year == in.otherRevisionYear() ? revision.add(in.otherRevision()) : revision;
            boolean belowMinimum = bookYearTotal.compareTo(deMinimis) < 0;
            boolean exempt = belowMinimum && allInUseBefore;
            BigDecimal payable = exempt ? BigDecimal.ZERO : revision;
            calc.step(year + ": herziening " + MoneyFormat.number(revision) + explainDeMinimis(year, bookYearTotal,
                            revision, deMinimis, belowMinimum, allInUseBefore),
                    Money.euros(payable).display(), KorRates.HERZIENING);
            rows.add(new Row(year, Money.euros(revision), Money.euros(payable)));
            totalPayable = totalPayable.add(payable);
            if (year == startYear) {
                firstYearPayable = payable;
            }
        }
        Money total = Money.euros(totalPayable);
        calc.step("Totaal te betalen over de hele periode, eenmaal afgerond (elk jaar is apart afgerond, dus de som "
                + "van de jaren kan een cent afwijken)", total.display(), KorRates.HERZIENING);
        return new Result(List.copyOf(rows), total, Money.euros(firstYearPayable));
    }

    private static String explainDeMinimis(int year, BigDecimal bookYearTotal, BigDecimal revision,
                                           BigDecimal deMinimis, boolean belowMinimum, boolean allInUseBefore) {
        String total = bookYearTotal.compareTo(revision) == 0 ? ""
                : "; met de andere herziening van dat boekjaar samen " + MoneyFormat.number(bookYearTotal);
        if (!belowMinimum) {
            return total + "; niet minder dan " + MoneyFormat.display(deMinimis) + ": te betalen";
        }
        if (!allInUseBefore) {
            return total + "; wel minder dan " + MoneyFormat.display(deMinimis) + ", maar er is een goed dat pas in "
                    + year + " in gebruik is genomen (niet in een eerder jaar): te betalen";
        }
        return total + "; minder dan " + MoneyFormat.display(deMinimis) + ", alle goederen in eerdere jaren in gebruik "
                + "genomen en de herziening komt door de KOR: niet te betalen";
    }
}
