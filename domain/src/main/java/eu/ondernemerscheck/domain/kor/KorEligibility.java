package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Whether a calendar year's turnover stays within the KOR threshold (tax-rules.md §2.2): counted are the supplies and
 * services in the Netherlands that would be taxed without the KOR (0% included), and turnover exempt because it is a
 * supply or letting of real estate or a financial or insurance service; other exempt turnover is not. From 2025 the
 * previous year's turnover must also stay within the threshold (§7).
 */
final class KorEligibility {

    private KorEligibility() {
    }

    /** @param previousYear the previous calendar year's counted turnover, or null when not given */
    record Input(BigDecimal taxable, BigDecimal realEstate, BigDecimal financial, BigDecimal insurance,
                 BigDecimal otherExempt, BigDecimal previousYear) {
    }

    record Result(Money counted, Money threshold, boolean eligible) {
    }

    static Result calculate(Input in, Calculation calc) {
        LocalDate yearStart = LocalDate.of(calc.year(), 1, 1);
        BigDecimal counted = in.taxable().add(in.realEstate()).add(in.financial()).add(in.insurance());
        calc.step("Omzet die telt: belaste leveringen en diensten in Nederland " + MoneyFormat.display(in.taxable())
                        + " + vrijgestelde levering of verhuur van onroerende zaken "
                        + MoneyFormat.display(in.realEstate()) + " + vrijgestelde financiële diensten "
                        + MoneyFormat.display(in.financial()) + " + vrijgestelde verzekeringsdiensten "
                        + MoneyFormat.display(in.insurance()), MoneyFormat.display(counted), KorRates.KVK);
        if (in.otherExempt().signum() > 0) {
            calc.step("Andere vrijgestelde omzet (zoals medische diensten, sport, schrijvers en journalisten) telt niet "
                    + "mee", MoneyFormat.display(in.otherExempt()), KorRates.KVK);
        }
        calc.step("Niet officieel bevestigd: enkele secundaire bronnen laten de verkoop van bedrijfsmiddelen en "
                + "bijkomstige vastgoed-, financiële en verzekeringshandelingen buiten de omzet. De Belastingdienst "
                + "zegt dat niet in de gelezen pagina's; deze berekening telt de bedragen zoals u ze invult.", "", "");
        BigDecimal threshold = calc.explainedRate("Omzetgrens KOR " + calc.year() + " (per kalenderjaar, exclusief "
                + "btw)", KorRates.THRESHOLD, yearStart, Format.EURO);
        boolean eligible = counted.compareTo(threshold) <= 0;
        calc.step("Omzet " + calc.year() + " " + MoneyFormat.display(counted) + (eligible ? " is niet meer dan "
                : " is meer dan ") + MoneyFormat.display(threshold), eligible ? "binnen de grens" : "boven de grens",
                KorRates.KOR_PAGE);
        RateValue previousTest = calc.rate(KorRates.PREVIOUS_YEAR_TEST, yearStart);
        String previousSource = previousTest.source().citation();
        if (previousTest.value().signum() > 0) {
            if (in.previousYear() == null) {
                calc.step("Vanaf 2025 moet ook de omzet van het vorige kalenderjaar binnen de grens blijven; die "
                        + "omzet is niet opgegeven en dus niet getoetst", "", previousSource);
                calc.warn("De omzet van " + (calc.year() - 1) + " is niet opgegeven. Sinds 2025 mag ook die niet "
                        + "boven " + MoneyFormat.display(threshold) + " liggen; controleer dat zelf.");
            } else {
                boolean previousOk = in.previousYear().compareTo(threshold) <= 0;
                calc.step("Vanaf 2025 toetst de KOR ook het vorige kalenderjaar: omzet " + (calc.year() - 1) + " "
                                + MoneyFormat.display(in.previousYear()) + (previousOk ? " is niet meer dan "
                                : " is meer dan ") + MoneyFormat.display(threshold),
                        previousOk ? "binnen de grens" : "boven de grens", previousSource);
                eligible = eligible && previousOk;
            }
        } else if (in.previousYear() != null) {
            calc.step("In " + calc.year() + " toetst de KOR alleen het lopende kalenderjaar; de opgegeven omzet van "
                    + (calc.year() - 1) + " speelt geen rol", MoneyFormat.display(in.previousYear()),
                    previousSource);
        }
        calc.step("KOR mogelijk", eligible ? "ja" : "nee", KorRates.KOR_PAGE);
        return new Result(Money.euros(counted), Money.euros(threshold), eligible);
    }
}
