package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indication of whether the KOR pays (calculation-api.md, "nl-kor-comparison"; KVK's question "Is de KOR voor jou
 * interessant?"): consumers keep paying the same price, so the VAT on their part of the turnover becomes margin;
 * business customers pay the same net price; input VAT on costs and investments is lost, and VAT deducted on earlier
 * investments is revised. The figure is the first year's money effect only.
 */
final class KorComparison {

    /** The {@code advice} output. */
    enum Advice {
        JOIN("join"), STAY("stay"), NOT_ELIGIBLE("not_eligible");

        private final String code;

        Advice(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private KorComparison() {
    }

    /** @param vatRate the rate on the turnover, or null for the standard rate of the start date */
    record Input(BigDecimal turnover, BigDecimal consumerShare, BigDecimal vatRate, BigDecimal inputVatCosts,
                 BigDecimal inputVatInvestments, List<KorRevision.Asset> revisionAssets, LocalDate startDate) {
    }

    record Result(boolean eligible, Money vatKept, Money inputVatLost, Money revisionPayable, Money netAdvantage,
                  Advice advice) {
    }

    static Result calculate(Input in, Calculation calc) {
        LocalDate start = in.startDate();
        BigDecimal threshold = calc.explainedRate("Omzetgrens KOR " + calc.year(), KorRates.THRESHOLD,
                LocalDate.of(calc.year(), 1, 1), Format.EURO);
        boolean eligible = in.turnover().compareTo(threshold) <= 0;
        calc.step("Verwachte omzet " + calc.year() + " " + MoneyFormat.display(in.turnover())
                        + (eligible ? " is niet meer dan " : " is meer dan ") + MoneyFormat.display(threshold)
                        + " (de toets van het vorige jaar, vanaf 2025, doet deze indicatie niet)",
                eligible ? "KOR mogelijk" : "KOR niet mogelijk", KorRates.KOR_PAGE);
        BigDecimal rate = in.vatRate();
        if (rate == null) {
            rate = calc.explainedRate("Btw-tarief op de omzet: het algemene tarief", KorRates.STANDARD_VAT_RATE, start,
                    Format.PERCENT);
        } else {
            calc.step("Btw-tarief op de omzet, zoals opgegeven", MoneyFormat.percent(rate), "");
        }
        BigDecimal kept = in.consumerShare().multiply(in.turnover()).multiply(rate);
        calc.step("Btw die marge wordt: particulieren betalen dezelfde prijs, dus " + MoneyFormat.percent(
                        in.consumerShare()) + " particulier × " + MoneyFormat.display(in.turnover()) + " × "
                        + MoneyFormat.percent(rate) + "; zakelijke klanten betalen dezelfde nettoprijs",
                MoneyFormat.number(kept), KorRates.KVK);
        BigDecimal lost = in.inputVatCosts().add(in.inputVatInvestments());
        calc.step("Voorbelasting die u niet meer aftrekt: btw op kosten " + MoneyFormat.display(in.inputVatCosts())
                        + " + btw op investeringen " + MoneyFormat.display(in.inputVatInvestments()),
                MoneyFormat.number(lost), KorRates.KVK);
        BigDecimal revision = BigDecimal.ZERO;
        if (!in.revisionAssets().isEmpty()) {
            calc.step("Herziening van eerder afgetrokken btw op investeringsgoederen, met de KOR vanaf " + start, "",
                    KorRates.HERZIENING);
            KorRevision.Result r = KorRevision.calculate(new KorRevision.Input(start, in.revisionAssets(),
                    BigDecimal.ZERO, start.getYear()), calc);
            revision = r.firstYearPayable().amount();
            calc.step("Herziening te betalen in het eerste jaar (" + start.getYear() + "); latere jaren staan "
                    + "hierboven en vallen buiten dit cijfer", MoneyFormat.number(revision), KorRates.HERZIENING);
        }
        BigDecimal net = kept.subtract(lost).subtract(revision);
        Money netMoney = Money.euros(net);
        calc.step("Voordeel: btw die marge wordt − verloren voorbelasting − herziening = " + MoneyFormat.number(kept)
                + " − " + MoneyFormat.number(lost) + " − " + MoneyFormat.number(revision) + ", eenmaal afgerond",
                netMoney.display(), "");
        Advice advice = !eligible ? Advice.NOT_ELIGIBLE : net.signum() > 0 ? Advice.JOIN : Advice.STAY;
        calc.step(switch (advice) {
            case NOT_ELIGIBLE -> "Advies: de omzet ligt boven de grens, dus de KOR kan niet";
            case JOIN -> "Advies: meedoen, de KOR levert in geld meer op dan hij kost";
            case STAY -> "Advies: blijven zoals u bent, de KOR levert in geld niet meer op dan hij kost";
        }, advice.code(), KorRates.KVK);
        calc.step("Wat dit cijfer niet meeneemt: geen btw-aangiften meer (minder administratie); facturen zonder btw, "
                + "met de verplichte vermelding dat u vrijgesteld bent (KOR); de prijswijziging die zakelijke klanten "
                + "zien (dezelfde nettoprijs, maar een factuur zonder btw en dus een lager totaal); herziening in "
                + "latere jaren; de wachttijd als u de KOR later weer verlaat.", "", KorRates.KVK);
        if (start.getDayOfYear() != 1) {
            calc.warn("De KOR begint op " + start + ", niet op 1 januari. De btw die marge wordt en de verloren "
                    + "voorbelasting zijn berekend op de bedragen zoals opgegeven; geef voor een start in de loop van "
                    + "het jaar de bedragen vanaf die datum op.");
        }
        return new Result(eligible, Money.euros(kept), Money.euros(lost), Money.euros(revision), netMoney, advice);
    }
}
