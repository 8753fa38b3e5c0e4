package eu.ondernemerscheck.domain.kia;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.rules.ExplanationStep;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The kleinschaligheidsinvesteringsaftrek of one investment year: the qualifying total (each asset at its investment
 * amount, excluding VAT when the VAT is deductible and including it when not, counted only when it is not an excluded
 * kind and not below the per-asset minimum), the KIA read once from the year's table, and for a partnership the split
 * of that KIA by the partners' profit shares (tax-rules.md §1.2).
 */
final class InvestmentDeduction {

    private static final String KNOWN_TOTAL = "Totaal van de kwalificerende investeringen, zoals opgegeven (al zonder "
            + "uitgesloten bedrijfsmiddelen en bedrijfsmiddelen onder het minimum, en op de juiste btw-basis)";

    private InvestmentDeduction() {
    }

    record Asset(String description, BigDecimal amountExclVat, BigDecimal vat, AssetCategory category,
                 boolean professionalPassengerTransport) {
    }

    /**
     * @param assets         the investments of the year, or null when {@code knownTotal} is given
     * @param knownTotal     the qualifying total when already known, or null
     * @param partnerShares  profit shares of a partnership summing to 1, or null
     */
    record Input(List<Asset> assets, BigDecimal knownTotal, boolean vatDeductible, List<BigDecimal> partnerShares) {
    }

    record Excluded(String description, String reason) {
    }

    record Result(Money qualifyingTotal, Money kia, Band band, List<Excluded> excluded, List<Money> perPartner) {
    }

    static Result calculate(Input in, Calculation calc) {
        List<Excluded> excluded = new ArrayList<>();
        BigDecimal total = in.assets() == null ? in.knownTotal() : qualifyingTotal(in, calc, excluded);
        String totalLabel = in.assets() == null ? KNOWN_TOTAL : "Totaal van de kwalificerende investeringen";
        calc.step(() -> new ExplanationStep(totalLabel, MoneyFormat.display(total), ""));
        KiaTable.Deduction deduction = KiaTable.apply(total, calc.year(), calc);
        Money kia = Money.euros(deduction.amount());
        calc.step(() -> new ExplanationStep("KIA, eenmaal afgerond op centen (half naar boven)", kia.display(),
                KiaRates.GEEN_RECHT));
        List<Money> perPartner = in.partnerShares() == null ? null
                : split(deduction.amount(), kia, in.partnerShares(), calc);
        return new Result(Money.euros(total), kia, deduction.band(), excluded, perPartner);
    }

    private static BigDecimal qualifyingTotal(Input in, Calculation calc, List<Excluded> excluded) {
        LocalDate day = LocalDate.of(calc.year(), 1, 1);
        BigDecimal minimum = calc.explainedRate("Minimum investeringsbedrag per bedrijfsmiddel (dit bedrag telt zelf "
                + "wel mee)", KiaRates.ASSET_MINIMUM, day, Format.EURO);
        calc.step(in.vatDeductible()
                        ? "Btw aftrekbaar: elk bedrijfsmiddel telt mee voor zijn bedrag exclusief btw"
                        : "Btw niet aftrekbaar (bijvoorbeeld bij de KOR): elk bedrijfsmiddel telt mee voor zijn bedrag "
                                + "inclusief btw, ook voor de toets aan het minimum",
                "", KiaRates.GEEN_RECHT);
        BigDecimal total = BigDecimal.ZERO;
        int number = 0;
        for (Asset a : in.assets()) {
            number++;
            BigDecimal basis = in.vatDeductible() ? a.amountExclVat() : a.amountExclVat().add(a.vat());
            String name = "Bedrijfsmiddel " + number + " '" + a.description() + "', " + MoneyFormat.display(basis)
                    + (in.vatDeductible() ? " excl. btw" : " incl. btw");
            String reason = a.category().exclusionReason();
            if (a.category() == AssetCategory.PASSENGER_CAR && a.professionalPassengerTransport()) {
                reason = null;
                calc.step(name + ": personenauto bestemd voor beroepsmatig personenvervoer, telt mee",
                        MoneyFormat.display(basis), KiaRates.GEEN_RECHT);
            } else if (a.category() == AssetCategory.PASSENGER_CAR) {
                calc.step("Personenauto's: sommige secundaire bronnen sluiten alleen fossiele of juist zuinige auto's "
                        + "uit; de Belastingdienst geeft alleen aftrek voor auto's bestemd voor beroepsmatig "
                        + "personenvervoer. Wij sluiten daarom elke andere personenauto uit.", "", KiaRates.GEEN_RECHT);
            }
            if (reason == null && basis.compareTo(minimum) < 0) {
                reason = "investeringsbedrag " + MoneyFormat.display(basis) + " is lager dan het minimum van "
                        + MoneyFormat.display(minimum) + " per bedrijfsmiddel";
            }
            if (reason != null) {
                excluded.add(new Excluded(a.description(), reason));
                calc.step(name + ": telt niet mee, " + reason, MoneyFormat.display(BigDecimal.ZERO),
                        KiaRates.GEEN_RECHT);
            } else {
                if (a.category() != AssetCategory.PASSENGER_CAR) {
                    calc.step(name + ": telt mee", MoneyFormat.display(basis), "");
                }
                total = total.add(basis);
            }
        }
        return total;
    }

    private static List<Money> split(BigDecimal rawKia, Money kia, List<BigDecimal> shares, Calculation calc) {
        calc.step("Samenwerkingsverband (vof, maatschap): de KIA is berekend op het totaal van alle investeringen van "
                + "het samenwerkingsverband, met de tabel één keer gelezen, en wordt verdeeld naar winstaandeel. Een "
                + "oudere bron (debruijnenco.nl) liet iedere vennoot het volle vaste bedrag claimen; dat heeft de Hoge "
                + "Raad in 2020 verworpen.", kia.display(), KiaRates.HOGE_RAAD);
        List<Money> out = new ArrayList<>(shares.size());
        int number = 0;
        for (BigDecimal share : shares) {
            number++;
            Money part = Money.euros(rawKia.multiply(share));
            calc.step("Vennoot " + number + ": " + MoneyFormat.percent(share) + " × " + MoneyFormat.number(rawKia)
                    + ", eenmaal afgerond", part.display(), KiaRates.HOGE_RAAD);
            out.add(part);
        }
        calc.step("Elk deel is apart afgerond, dus de som kan een cent van het totaal afwijken. Een andere redelijke "
                + "verdeling mag als alle vennoten die gebruiken en een latere desinvesteringsbijtelling dezelfde "
                + "verdeling volgt. Investeringen die een vennoot buiten het samenwerkingsverband doet, tellen mee "
                + "voor zijn eigen totaal en zijn hier niet meegenomen.", "", "");
        return out;
    }
}
