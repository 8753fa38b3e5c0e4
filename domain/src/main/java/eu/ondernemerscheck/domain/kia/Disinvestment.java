package eu.ondernemerscheck.domain.kia;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The desinvesteringsbijtelling (tax-rules.md §1.4, Belastingdienst "Desinvesteringsbijtelling"): an asset for which
 * investment deduction was received is disposed of within five years after 1 January of its investment year, and the
 * disposals of that calendar year together are above the year's threshold. The addition is the percentage of the
 * original deduction times the sale price, never more than the deduction received for the asset.
 */
final class Disinvestment {

    private Disinvestment() {
    }

    /** Where the percentage of the original deduction comes from. */
    enum PercentageSource {
        /** Given as such. */
        GIVEN,
        /** The KIA received divided by that year's qualifying total. */
        KIA_OVER_TOTAL,
        /** The engine computes that year's KIA from the qualifying total. */
        COMPUTED
    }

    /** Where the cap on the addition comes from. */
    enum CapSource {
        NONE, KIA_ON_ASSET, ASSET_COST
    }

    /**
     * @param saleDate          the day of the disposal inside the year, or null
     * @param pctApplied        with {@link PercentageSource#GIVEN}
     * @param investmentTotal   with {@link PercentageSource#KIA_OVER_TOTAL} and {@link PercentageSource#COMPUTED}
     * @param kiaReceived       with {@link PercentageSource#KIA_OVER_TOTAL}
     * @param capAmount         the KIA on the asset, or the asset's cost, as {@code capSource} says
     */
    record Input(int investmentYear, BigDecimal salePrice, LocalDate saleDate, BigDecimal totalDisposals,
                 PercentageSource percentageSource, BigDecimal pctApplied, BigDecimal investmentTotal,
                 BigDecimal kiaReceived, CapSource capSource, BigDecimal capAmount) {
    }

    /** @param effectivePct null when it was not needed and could only be had from a table */
    record Result(boolean withinFiveYears, boolean thresholdExceeded, BigDecimal effectivePct, Money bijtelling) {
    }

    static Result calculate(Input in, Calculation calc) {
        LocalDate yearStart = LocalDate.of(calc.year(), 1, 1);
        LocalDate disposal = in.saleDate() != null ? in.saleDate() : yearStart;
        BigDecimal windowYears = calc.explainedRate("Termijn voor de desinvesteringsbijtelling (jaren na 1 januari "
                + "van het investeringsjaar)", KiaRates.DISINVESTMENT_WINDOW_YEARS, disposal, Format.NUMBER);
        LocalDate windowEnd = LocalDate.of(in.investmentYear(), 1, 1).plusYears(windowYears.longValueExact());
        boolean within = disposal.isBefore(windowEnd);
        String when = in.saleDate() != null ? "vervreemding op " + in.saleDate() : "vervreemding in " + calc.year();
        calc.step("Investering in " + in.investmentYear() + ", " + when + ": de termijn loopt tot " + windowEnd
                        + " (niet inbegrepen)",
                within ? "binnen de termijn" : "na de termijn: geen bijtelling", KiaRates.DESINVESTERING);
        BigDecimal threshold = calc.explainedRate("Drempel desinvesteringen " + calc.year()
                + " (bijtelling alleen daarboven)", KiaRates.DISINVESTMENT_THRESHOLD, yearStart, Format.EURO);
        boolean exceeded = in.totalDisposals().compareTo(threshold) > 0;
        calc.step("Totaal van de vervreemdingen in " + calc.year() + ": " + MoneyFormat.display(in.totalDisposals())
                        + (exceeded ? " is meer dan " : " is niet meer dan ") + MoneyFormat.display(threshold),
                exceeded ? "drempel overschreden" : "onder de drempel: geen bijtelling", KiaRates.DESINVESTERING);
        calc.step("Ook als vervreemding gelden: het bedrijfsmiddel verhuren, het naar privé overbrengen, het niet "
                + "binnen 12 maanden in gebruik nemen terwijl minder dan 25% is betaald, en het niet binnen 3 jaar in "
                + "gebruik nemen.", "", KiaRates.DESINVESTERING);
        BigDecimal pct = percentage(in, calc, within);
        if (!within || !exceeded || pct == null) {
            calc.step("Desinvesteringsbijtelling", Money.ZERO.display(), KiaRates.DESINVESTERING);
            return new Result(within, exceeded, pct, Money.ZERO);
        }
        BigDecimal amount = pct.multiply(in.salePrice());
        calc.step("Bijtelling vóór begrenzing: " + MoneyFormat.percent(pct) + " × verkoopprijs "
                + MoneyFormat.display(in.salePrice()), MoneyFormat.number(amount), KiaRates.DESINVESTERING);
        BigDecimal cap = switch (in.capSource()) {
            case NONE -> null;
            case KIA_ON_ASSET -> in.capAmount();
            case ASSET_COST -> pct.multiply(in.capAmount());
        };
        if (cap == null) {
            calc.step("Geen grens opgegeven (investeringsaftrek op dit bedrijfsmiddel of aanschafprijs onbekend): de "
                    + "bijtelling is niet begrensd", "", "");
        } else {
            String capText = in.capSource() == CapSource.KIA_ON_ASSET
                    ? "ontvangen investeringsaftrek op dit bedrijfsmiddel"
                    : MoneyFormat.percent(pct) + " × aanschafprijs " + MoneyFormat.display(in.capAmount());
            boolean capped = amount.compareTo(cap) > 0;
            calc.step("Grens: nooit meer dan de aftrek die voor dit bedrijfsmiddel is ontvangen (" + capText + ")",
                    MoneyFormat.number(cap) + (capped ? ", de grens geldt" : ", niet bereikt"),
                    KiaRates.DESINVESTERING);
            if (capped) {
                amount = cap;
            }
        }
        Money bijtelling = Money.euros(amount);
        calc.step("Desinvesteringsbijtelling, eenmaal afgerond op centen", bijtelling.display(),
                KiaRates.DESINVESTERING);
        return new Result(true, true, pct, bijtelling);
    }

    private static BigDecimal percentage(Input in, Calculation calc, boolean within) {
        switch (in.percentageSource()) {
            case GIVEN -> {
                calc.step("Percentage van de oorspronkelijke aftrek, zoals opgegeven", MoneyFormat.percent(
                        in.pctApplied()), KiaRates.DESINVESTERING);
                return in.pctApplied();
            }
            case KIA_OVER_TOTAL -> {
                BigDecimal pct = in.kiaReceived().divide(in.investmentTotal(), Money.CALC);
                calc.step("Percentage van de oorspronkelijke aftrek: ontvangen KIA " + MoneyFormat.display(
                                in.kiaReceived()) + " ÷ totaal investeringen " + in.investmentYear() + " "
                                + MoneyFormat.display(in.investmentTotal()) + " (de Belastingdienst zegt alleen 'hetzelfde "
                                + "percentage'; bij een vast bedrag of afbouw is dat de KIA gedeeld door het totaal)",
                        MoneyFormat.percent(pct.stripTrailingZeros()), KiaRates.DESINVESTERING);
                return pct.stripTrailingZeros();
            }
            default -> {
                if (!within) {
                    calc.step("Buiten de termijn is het percentage niet nodig; de tabel van " + in.investmentYear()
                            + " is niet gelezen", "", "");
                    return null;
                }
                calc.step("Percentage van de oorspronkelijke aftrek: de KIA van " + in.investmentYear()
                        + " over het totaal van dat jaar, gedeeld door dat totaal", "", KiaRates.DESINVESTERING);
                KiaTable.Deduction original = KiaTable.apply(in.investmentTotal(), in.investmentYear(),
                        calc);
                BigDecimal pct = original.amount().divide(in.investmentTotal(), Money.CALC).stripTrailingZeros();
                calc.step("KIA " + in.investmentYear() + " " + MoneyFormat.number(original.amount()) + " ÷ "
                                + MoneyFormat.display(in.investmentTotal()) + " (schijf " + original.band().code() + ")",
                        MoneyFormat.percent(pct), KiaRates.DESINVESTERING);
                return pct;
            }
        }
    }
}
