package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.OutputField;
import eu.ondernemerscheck.domain.rules.OutputField.Kind;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;
import eu.ondernemerscheck.domain.rules.SchemeInputs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code nl-eu-kor}: the catalogue's face of {@link EuKor}. */
public final class EuKorScheme implements Scheme {

    public static final String ID = "nl-eu-kor";

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.NL,
            "EU-KOR: vrijstelling ook in andere EU-landen",
            "Sinds 2025 kunt u de vrijstelling ook in andere lidstaten gebruiken als uw omzet in de hele EU binnen de "
                    + "EU-grens blijft en u de grens van elk land respecteert.",
            "het kalenderjaar",
            List.of(KorScheme.money("nl_turnover_eur", "Omzet in Nederland", "Exclusief btw."),
                    KorScheme.money("be_turnover_eur", "Omzet in België", "Exclusief btw."),
                    KorScheme.money("other_eu_turnover_eur", "Omzet in andere EU-landen", "Exclusief btw.")),
            List.of(OutputField.of("eu_total_eur", Kind.MONEY, "Omzet in de EU"),
                    OutputField.of("eu_scheme_available", Kind.BOOLEAN, "EU-KOR mogelijk"),
                    OutputField.of("nl_kor_available", Kind.BOOLEAN, "KOR in Nederland mogelijk"),
                    OutputField.of("be_exemption_available", Kind.BOOLEAN, "Vrijstelling in België mogelijk")),
            List.of(KorSources.EU_KOR, KorSources.FOD, KorSources.KOR),
            "eu_scheme_available");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(KorRates.EU_THRESHOLD, KorRates.THRESHOLD, KorRates.BE_THRESHOLD);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        Calculation calc = new Calculation(ID, year, rates);
        EuKor.Result r = EuKor.calculate(new EuKor.Input(in.decimalOrZero("nl_turnover_eur"),
                in.decimalOrZero("be_turnover_eur"), in.decimalOrZero("other_eu_turnover_eur")), calc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("eu_total_eur", r.euTotal().amount());
        out.put("eu_scheme_available", r.euSchemeAvailable());
        out.put("nl_kor_available", r.nlKorAvailable());
        out.put("be_exemption_available", r.beExemptionAvailable());
        return calc.finish(out);
    }
}
