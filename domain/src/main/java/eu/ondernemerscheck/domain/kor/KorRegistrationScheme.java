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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code nl-kor-registration}: the catalogue's face of {@link KorRegistration}. It adds one optional input to the
 * contract, {@code return_period} (quarter by default), because whether a date starts a return period depends on it.
 */
public final class KorRegistrationScheme implements Scheme {

    public static final String ID = "nl-kor-registration";

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.NL,
            "KOR: uiterste datum om aan of af te melden",
            "Een aan- of afmelding voor de KOR moet ten minste 4 weken voor het begin van het aangiftetijdvak binnen "
                    + "zijn.",
            "het kalenderjaar van de gewenste datum",
            List.of(InputField.of("desired_date", InputType.DATE).required().label("Gewenste start- of stopdatum")
                            .help("De eerste dag van het aangiftetijdvak waarin u wilt beginnen of stoppen.").build(),
                    InputField.of("return_period", InputType.CHOICE).defaultValue("quarter")
                            .option("quarter", "Kwartaal").option("month", "Maand").option("year", "Jaar")
                            .label("Uw aangiftetijdvak").help("De meeste ondernemers doen per kwartaal aangifte.")
                            .build()),
            List.of(OutputField.of("must_be_received_by", Kind.DATE, "Uiterlijk binnen op"),
                    OutputField.of("is_period_start", Kind.BOOLEAN, "Begin van een aangiftetijdvak")),
            List.of(KorSources.KOR, KorSources.KVK),
            "must_be_received_by");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(KorRates.REGISTRATION_LEAD_DAYS);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        Calculation calc = new Calculation(ID, year, rates);
        KorRegistration.Result r = KorRegistration.calculate(new KorRegistration.Input(in.date("desired_date"),
                KorRegistration.ReturnPeriod.valueOf(in.text("return_period").toUpperCase(Locale.ROOT))), calc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("must_be_received_by", r.mustBeReceivedBy());
        out.put("is_period_start", r.isPeriodStart());
        return calc.finish(out);
    }
}
