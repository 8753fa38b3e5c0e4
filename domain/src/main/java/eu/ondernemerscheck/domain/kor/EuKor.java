package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Calculation.Format;
import eu.ondernemerscheck.domain.shared.Money;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The EU SME scheme (EU-KOR) from 2025 for an entrepreneur established in the Netherlands (tax-rules.md §2.1, §3.2):
 * the exemption may be used in other member states when the EU-wide turnover is at most the EU threshold and the
 * national threshold of each country used is respected. The national KOR at home tests only the Dutch threshold.
 */
final class EuKor {

    private EuKor() {
    }

    record Input(BigDecimal nl, BigDecimal be, BigDecimal otherEu) {
    }

    record Result(Money euTotal, boolean euSchemeAvailable, boolean nlKorAvailable, boolean beExemptionAvailable) {
    }

    static Result calculate(Input in, Calculation calc) {
        LocalDate yearStart = LocalDate.of(calc.year(), 1, 1);
        BigDecimal euThreshold = calc.explainedRate("EU-KOR: grens voor de omzet in de hele EU", KorRates.EU_THRESHOLD,
                yearStart, Format.EURO);
        BigDecimal total = in.nl().add(in.be()).add(in.otherEu());
        boolean eu = total.compareTo(euThreshold) <= 0;
        calc.step("Omzet in de EU: Nederland " + MoneyFormat.display(in.nl()) + " + België "
                + MoneyFormat.display(in.be()) + " + andere lidstaten " + MoneyFormat.display(in.otherEu()) + " = "
                + MoneyFormat.display(total) + (eu ? ", niet meer dan " : ", meer dan ")
                + MoneyFormat.display(euThreshold), eu ? "EU-KOR mogelijk" : "EU-KOR niet mogelijk", KorRates.EU_KOR);
        BigDecimal nlThreshold = calc.explainedRate("Nationale grens Nederland (KOR)", KorRates.THRESHOLD, yearStart,
                Format.EURO);
        boolean nl = in.nl().compareTo(nlThreshold) <= 0;
        calc.step("KOR in Nederland, het land van vestiging: alleen de Nederlandse omzet telt voor de nationale "
                + "grens; " + MoneyFormat.display(in.nl()) + (nl ? " is niet meer dan " : " is meer dan ")
                + MoneyFormat.display(nlThreshold), nl ? "ja" : "nee", KorRates.KOR_PAGE);
        BigDecimal beThreshold = calc.explainedRate("Nationale grens België (vrijstellingsregeling kleine "
                + "ondernemingen)", KorRates.BE_THRESHOLD, yearStart, Format.EURO);
        boolean beWithin = in.be().compareTo(beThreshold) <= 0;
        boolean be = eu && beWithin;
        calc.step("Vrijstelling in België via de EU-KOR: EU-omzet binnen " + MoneyFormat.display(euThreshold)
                        + (eu ? " (ja)" : " (nee)") + " én Belgische omzet " + MoneyFormat.display(in.be())
                        + (beWithin ? " niet meer dan " : " meer dan ") + MoneyFormat.display(beThreshold),
                be ? "ja" : "nee", KorRates.EU_KOR);
        calc.step("Voor andere lidstaten geldt ook hun eigen nationale grens; die toetst deze berekening niet. Wie de "
                + "EU-KOR gebruikt, meldt zich vooraf aan en geeft elk kwartaal de omzet in de EU door aan de "
                + "Belastingdienst.", "", "cooster.nl, \"Wordt KOR soepeler in 2025 met de EU-KOR introductie\"");
        return new Result(Money.euros(total), eu, nl, be);
    }
}
