package eu.ondernemerscheck.domain.vatexemption;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Whether a Belgian business may use the small-business VAT exemption in a calendar year (tax-rules.md §3.2): the
 * counted turnover must not exceed the threshold (pro rata for a start during the year) and the activity must not be
 * one of the excluded sectors. A turnover over the threshold but within the tolerance keeps the exemption to the end
 * of the year, where the rates define a tolerance.
 */
final class SmallBusinessExemption {

    static final String FOD = "FOD Financiën, Btw-vrijstellingsregeling kleine ondernemingen (art. 56bis/56ter W.Btw)";
    static final String COUNTED = "tax-rules.md §3.2 (fiduplan.be; certifisc.be)";

    private SmallBusinessExemption() {
    }

    /** The sectors that can never use the exemption, each with the reason shown to the user. */
    public enum Activity {
        STANDARD(null),
        BUILDING_WORK("werk in onroerende staat (bouwwerken) valt altijd onder de normale btw-regeling"),
        HORECA_CASH_REGISTER("een horeca-uitbater die een geregistreerd kassasysteem moet gebruiken, is uitgesloten"),
        USED_GOODS_AND_WASTE("handel in gebruikte materialen, afval en schroot is uitgesloten"),
        FURNISHED_ACCOMMODATION("btw-plichtige verhuur van gemeubelde logies is uitgesloten"),
        VAT_UNIT("een lid van een btw-eenheid kan de vrijstellingsregeling niet gebruiken");

        private final String reason;

        Activity(String reason) {
            this.reason = reason;
        }

        public boolean excluded() {
            return reason != null;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** @param start first day of activity when it started during the year, else null */
    public record Input(BigDecimal taxable, BigDecimal exemptRealEstate, BigDecimal exemptFinancial,
                        BigDecimal exemptInsurance, BigDecimal ancillaryFinancial, BigDecimal businessAssetSales,
                        Activity activity, LocalDate start) {
    }

    /** @param excludedReason the activity code of an excluded sector, else null */
    public record Result(Money counted, Money threshold, boolean eligible, boolean withinTolerance,
                         String excludedReason) {
    }

    public static Result calculate(Input in, Calculation calc) {
        BigDecimal counted = in.taxable().add(in.exemptRealEstate()).add(in.exemptFinancial())
                .add(in.exemptInsurance());
        Money countedMoney = Money.euros(counted);
        calc.step("Meegeteld: belastbare omzet (met vrijgestelde uitvoer en intracommunautaire leveringen) "
                        + MoneyFormat.display(in.taxable()) + " + vrijgestelde verhuur van onroerend goed "
                        + MoneyFormat.display(in.exemptRealEstate()) + " + financiële handelingen "
                        + MoneyFormat.display(in.exemptFinancial()) + " + verzekeringen "
                        + MoneyFormat.display(in.exemptInsurance()), countedMoney.display(), COUNTED);
        BigDecimal left = in.ancillaryFinancial().add(in.businessAssetSales());
        if (left.signum() > 0) {
            calc.step("Niet meegeteld: bijkomstige financiële handelingen " + MoneyFormat.display(in.ancillaryFinancial())
                    + " en verkoop van bedrijfsmiddelen " + MoneyFormat.display(in.businessAssetSales()),
                    MoneyFormat.display(left), COUNTED);
        }
        LocalDate from = in.start() != null ? in.start() : LocalDate.of(calc.year(), 1, 1);
        if (in.start() != null) {
            calc.step("Activiteit gestart op " + in.start() + ": de grens geldt naar verhouding van de rest van het jaar",
                    "", "tax-rules.md §3.2 (sbb.be)");
        }
        Money threshold = ExemptionThreshold.forPeriod(from, calc);
        if (in.activity().excluded()) {
            calc.step("Uitgesloten activiteit: " + in.activity().reason + "; de omzet speelt dan geen rol",
                    "niet mogelijk", FOD);
            return new Result(countedMoney, threshold, false, false, in.activity().code());
        }
        if (countedMoney.compareTo(threshold) <= 0) {
            calc.step("Omzet " + countedMoney.display() + " niet boven de grens " + threshold.display()
                    + ": de vrijstellingsregeling is mogelijk", "ja", FOD);
            return new Result(countedMoney, threshold, true, false, null);
        }
        BigDecimal tolerance = calc.explainedRate("Tolerantie voor een toevallige overschrijding", ExemptionThreshold.TOLERANCE,
                LocalDate.of(calc.year(), 12, 31), Format.PERCENT);
        BigDecimal upper = threshold.amount().multiply(BigDecimal.ONE.add(tolerance));
        boolean within = tolerance.signum() > 0 && counted.compareTo(upper) <= 0;
        calc.step("Omzet " + countedMoney.display() + " boven de grens " + threshold.display(), "nee", FOD);
        if (within) {
            calc.step("Maar binnen de tolerantie (" + threshold.display() + " × (1 + " + MoneyFormat.percent(tolerance)
                            + ") = " + MoneyFormat.display(upper) + "): volgens twee secundaire bronnen blijft de "
                            + "vrijstelling dan tot het einde van het jaar en geldt de normale regeling vanaf volgend jaar",
                    "binnen de tolerantie", "tax-rules.md §3.2 (dexxter.be; teleseminar.be), voorlopig");
            calc.warn("De tolerantie van " + MoneyFormat.percent(tolerance) + " is niet officieel bevestigd. Geldt ze "
                    + "niet, dan eindigt de vrijstelling meteen vanaf de handeling waarmee de omzet de grens van "
                    + threshold.display() + " overschrijdt, en rekent u vanaf die handeling btw aan.");
        } else {
            calc.step("Ook boven de tolerantie (" + MoneyFormat.display(upper) + "): de vrijstelling eindigt meteen, "
                    + "vanaf de handeling waarmee de grens overschreden wordt; vanaf dan rekent u btw aan", "", FOD);
        }
        return new Result(countedMoney, threshold, false, within, null);
    }
}
