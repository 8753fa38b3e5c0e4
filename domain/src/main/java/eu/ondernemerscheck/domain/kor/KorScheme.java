package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.InputField;
import eu.ondernemerscheck.domain.rules.InputType;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.OutputField;
import eu.ondernemerscheck.domain.rules.OutputField.Kind;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;
import eu.ondernemerscheck.domain.rules.SchemeInputs;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code nl-kor}: the catalogue's face of {@link KorEligibility}. */
public final class KorScheme implements Scheme {

    public static final String ID = "nl-kor";

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.NL,
            "Kleineondernemersregeling (KOR): mag ik meedoen?",
            "Met een omzet tot de grens per kalenderjaar kunt u kiezen voor vrijstelling van btw.",
            "het kalenderjaar",
            List.of(money("taxable_turnover_eur", "Belaste omzet in Nederland",
                            "Leveringen en diensten in Nederland die zonder de KOR belast zouden zijn (21%, 9% of 0%), "
                                    + "binnenlandse verleggingen inbegrepen, exclusief btw."),
                    money("exempt_real_estate_eur", "Vrijgestelde levering of verhuur van onroerende zaken",
                            "Telt mee voor de grens."),
                    money("exempt_financial_eur", "Vrijgestelde financiële diensten", "Telt mee voor de grens."),
                    money("exempt_insurance_eur", "Vrijgestelde verzekeringsdiensten", "Telt mee voor de grens."),
                    money("other_exempt_eur", "Andere vrijgestelde omzet",
                            "Zoals medische diensten, sport, schrijvers en journalisten; telt niet mee."),
                    InputField.of("previous_year_turnover_eur", InputType.MONEY).label("Omzet vorig kalenderjaar")
                            .help("Sinds 2025 mag ook de omzet van het vorige jaar niet boven de grens liggen.")
                            .build()),
            List.of(OutputField.of("counted_turnover_eur", Kind.MONEY, "Omzet die telt voor de grens"),
                    OutputField.of("threshold_eur", Kind.MONEY, "Omzetgrens"),
                    OutputField.of("eligible", Kind.BOOLEAN, "KOR mogelijk")),
            List.of(KorSources.KOR, KorSources.KVK),
            "eligible");

    static InputField money(String name, String label, String help) {
        return InputField.of(name, InputType.MONEY).defaultValue(BigDecimal.ZERO).label(label).help(help).build();
    }

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(KorRates.THRESHOLD, KorRates.PREVIOUS_YEAR_TEST);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        Calculation calc = new Calculation(ID, year, rates);
        KorEligibility.Result r = KorEligibility.calculate(new KorEligibility.Input(
                in.decimalOrZero("taxable_turnover_eur"), in.decimalOrZero("exempt_real_estate_eur"),
                in.decimalOrZero("exempt_financial_eur"), in.decimalOrZero("exempt_insurance_eur"),
                in.decimalOrZero("other_exempt_eur"), in.decimal("previous_year_turnover_eur")), calc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("counted_turnover_eur", r.counted().amount());
        out.put("threshold_eur", r.threshold().amount());
        out.put("eligible", r.eligible());
        return calc.finish(out);
    }
}
