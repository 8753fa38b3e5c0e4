package eu.ondernemerscheck.domain.vatexemption;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indication of whether the exemption pays (calculation-api.md, be-vat-exemption-comparison). Consumers keep paying
 * the same price, so the VAT on their share becomes margin; business customers pay the same net price; the input VAT
 * of the year is lost, and VAT deducted on earlier investment goods is revised: each asset still inside its revision
 * period (movables 5 years, real estate 15, the year of first use counting as the first) repays its yearly share in the
 * first year of the exemption.
 */
final class ExemptionComparison {

    static final RateKey STANDARD_RATE = RateKey.of("be.vat.standard_rate");
    static final String REVISION_YEARS = "be.vat.revision_years";
    static final String API = "calculation-api.md (nl-kor-comparison en be-vat-exemption-comparison)";

    private ExemptionComparison() {
    }

    public enum Kind {
        MOVABLE, REAL_ESTATE
    }

    public enum Advice {
        JOIN, STAY, NOT_ELIGIBLE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Asset(String description, BigDecimal vatDeducted, LocalDate inUseFrom, Kind kind) {
    }

    /** @param vatRate the rate the user gave, or null for the country's standard rate */
    public record Input(BigDecimal turnover, BigDecimal consumerShare, BigDecimal vatRate, BigDecimal costsVat,
                        BigDecimal investmentsVat, List<Asset> assets, LocalDate start) {
    }

    public record Result(boolean eligible, Money vatKept, Money inputVatLost, Money revision, Money netAdvantage,
                         Advice advice) {
    }

    public static Result calculate(Input in, Calculation calc) {
        calc.step("Vrijstelling vanaf " + in.start() + "; verwachte omzet van het jaar", MoneyFormat.display(in.turnover()),
                "");
        Money threshold = ExemptionThreshold.forPeriod(LocalDate.of(calc.year(), 1, 1), calc);
        boolean eligible = Money.euros(in.turnover()).compareTo(threshold) <= 0;
        calc.step("Drempeltoets van het jaar: omzet " + MoneyFormat.display(in.turnover()) + (eligible
                ? " niet boven " : " boven ") + threshold.display() + " (de grens voor een volledig jaar: de omzet is "
                + "die van het hele jaar)", eligible ? "mogelijk" : "niet mogelijk", SmallBusinessExemption.FOD);

        BigDecimal rate = in.vatRate() != null ? in.vatRate()
                : calc.explainedRate("Normaal btw-tarief", STANDARD_RATE, in.start(), Format.PERCENT);
        if (in.vatRate() != null) {
            calc.step("Btw-tarief zoals opgegeven", MoneyFormat.percent(rate), "");
        }
        BigDecimal kept = in.consumerShare().multiply(in.turnover()).multiply(rate);
        calc.step("Btw die marge wordt: aandeel consumenten " + MoneyFormat.percent(in.consumerShare()) + " × "
                + MoneyFormat.display(in.turnover()) + " × " + MoneyFormat.percent(rate), MoneyFormat.display(kept), API);
        BigDecimal lost = in.costsVat().add(in.investmentsVat());
        calc.step("Verloren voorbelasting: btw op kosten " + MoneyFormat.display(in.costsVat()) + " + op investeringen "
                + MoneyFormat.display(in.investmentsVat()), MoneyFormat.display(lost), API);
        BigDecimal revision = revision(in, calc);
        BigDecimal net = kept.subtract(lost).subtract(revision);
        Money netMoney = Money.euros(net);
        calc.step("Netto voordeel: " + MoneyFormat.display(kept) + " − " + MoneyFormat.display(lost) + " − "
                + MoneyFormat.display(revision) + ", eenmaal afgerond op centen", netMoney.display(), API);
        Advice advice = !eligible ? Advice.NOT_ELIGIBLE : net.signum() > 0 ? Advice.JOIN : Advice.STAY;
        calc.step(switch (advice) {
            case NOT_ELIGIBLE -> "Advies: de omzet ligt boven de grens, dus de vrijstelling kan niet";
            case JOIN -> "Advies: de vrijstelling levert naar schatting meer op dan ze kost";
            case STAY -> "Advies: blijf in de normale regeling; de vrijstelling levert niets op (bij een gelijkspel "
                    + "weegt het gemak van aangiften niet op tegen het verlies van de aftrek)";
        }, advice.code(), API);
        calc.step("Niet in dit bedrag: u dient geen btw-aangiften meer in (minder werk); u factureert zonder btw met de "
                + "verplichte vermelding \"Bijzondere vrijstellingsregeling kleine ondernemingen\"; zakelijke klanten "
                + "betalen dezelfde nettoprijs maar krijgen een factuur zonder btw (een lager totaal, geen aftrek); "
                + "herziening in latere jaren; wie de grens overschrijdt, moet meteen weer btw aanrekenen", "",
                SmallBusinessExemption.FOD);
        if (in.start().getDayOfYear() != 1) {
            calc.warn("De vrijstelling begint op " + in.start() + ", niet op 1 januari. De btw die marge wordt en de "
                    + "verloren voorbelasting zijn berekend op de bedragen zoals opgegeven; geef voor een start in de "
                    + "loop van het jaar de bedragen vanaf die datum op.");
        }
        return new Result(eligible, Money.euros(kept), Money.euros(lost), Money.euros(revision), netMoney, advice);
    }

    private static BigDecimal revision(Input in, Calculation calc) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal remainingTotal = BigDecimal.ZERO;
        int startYear = in.start().getYear();
        for (int i = 0; i < in.assets().size(); i++) {
            Asset a = in.assets().get(i);
            String kind = a.kind().name().toLowerCase(java.util.Locale.ROOT);
            int years = calc.explainedRate("Herzieningstermijn " + (a.kind() == Kind.MOVABLE ? "roerende goederen"
                    : "onroerende goederen") + " (jaren)", RateKey.of(REVISION_YEARS, kind), in.start(), Format.NUMBER)
                    .intValueExact();
            int firstYear = a.inUseFrom().getYear();
            int lastYear = firstYear + years - 1;
            String name = a.description() == null || a.description().isBlank() ? "goed " + (i + 1) : a.description();
            if (startYear > lastYear) {
                calc.step(name + ": herzieningstermijn " + firstYear + "–" + lastYear + " is voorbij", "€ 0,00",
                        "Btw-wetboek art. 48 §2");
                continue;
            }
            BigDecimal share = a.vatDeducted().divide(BigDecimal.valueOf(years), Money.CALC);
            int remaining = lastYear - startYear + 1;
            total = total.add(share);
            remainingTotal = remainingTotal.add(share.multiply(BigDecimal.valueOf(remaining)));
            calc.step(name + ": " + MoneyFormat.display(a.vatDeducted()) + " / " + years + " per jaar, termijn "
                    + firstYear + "–" + lastYear + ", nog " + remaining + " jaar vanaf " + startYear,
                    MoneyFormat.display(share) + " in het eerste jaar", "Btw-wetboek art. 48 §2");
        }
        if (remainingTotal.compareTo(total) > 0) {
            calc.warn("De herziening loopt over de rest van de termijn: in totaal " + MoneyFormat.display(remainingTotal)
                    + ", waarvan " + MoneyFormat.display(total) + " in het eerste jaar. Bij de overstap naar de "
                    + "vrijstellingsregeling kan de btw-administratie de herziening voor de hele resterende termijn in "
                    + "één keer vragen; reken dan met het totaal.");
        }
        return total;
    }
}
