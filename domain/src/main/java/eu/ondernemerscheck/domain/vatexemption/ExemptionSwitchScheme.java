package eu.ondernemerscheck.domain.vatexemption;

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
import eu.ondernemerscheck.domain.rules.Source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code be-vat-exemption-switch}: the catalogue's face of {@link ExemptionSwitch}. */
public final class ExemptionSwitchScheme implements Scheme {

    public static final String ID = "be-vat-exemption-switch";

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.BE,
            "Btw-vrijstellingsregeling: vanaf wanneer",
            "Op welke datum de vrijstellingsregeling kan ingaan nadat u het formulier e604B indient.",
            "het kalenderjaar waarin u het formulier indient",
            List.of(InputField.of("form_filed_on", InputType.DATE).required()
                    .label("Formulier e604B ingediend op")
                    .help("Vanaf 2025 vóór 15 december, 15 maart, 15 juni of 15 september voor een overstap op "
                            + "1 januari, 1 april, 1 juli of 1 oktober.").build()),
            List.of(OutputField.of("switch_date", Kind.DATE, "Vrijstelling vanaf")),
            List.of(new Source("Liantis – Hervorming van de vrijstellingsregeling voor kleine ondernemingen",
                    "https://www.liantis.be/nl/nieuws/hervorming-van-de-vrijstellingsregeling-voor-kleine-ondernemingen")),
            "switch_date");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(ExemptionSwitch.INTERVAL, ExemptionSwitch.NOTICE_DAY);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        Calculation calc = new Calculation(ID, year, rates);
        LocalDate switchDate = ExemptionSwitch.calculate(in.date("form_filed_on"), calc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("switch_date", switchDate);
        return calc.finish(out);
    }
}
