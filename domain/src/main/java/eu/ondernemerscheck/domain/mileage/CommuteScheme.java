package eu.ondernemerscheck.domain.mileage;

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code be-mileage-commute}: the catalogue's face of {@link CommuteDeduction}. */
public final class CommuteScheme implements Scheme {

    public static final String ID = "be-mileage-commute";

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.BE,
            "Woon-werkverkeer: forfait per kilometer",
            "Wie zijn werkelijke beroepskosten aangeeft, trekt voor woon-werkverkeer met de eigen auto een vast bedrag "
                    + "per kilometer af.",
            "het inkomstenjaar",
            List.of(
                    InputField.of("one_way_km", InputType.DECIMAL).required().range(0, 2000)
                            .label("Afstand woning–werk (enkele rit, km)")
                            .help("De kortste gebruikelijke afstand van uw woning naar uw vaste werkplek.").build(),
                    InputField.of("days", InputType.INTEGER).required().range(0, 366)
                            .label("Aantal werkdagen met verplaatsing")
                            .help("Dagen waarop u echt naar uw werkplek reed (heen en terug).").build(),
                    InputField.of("vehicle", InputType.CHOICE).defaultValue("own_car")
                            .option("own_car", "Eigen auto").option("other", "Ander vervoer of auto niet van u")
                            .label("Vervoermiddel")
                            .help("Voor een eigen auto geldt geen afstandsgrens; anders telt hoogstens 100 km per "
                                    + "enkele rit.").build()),
            List.of(OutputField.of("km", Kind.NUMBER, "Kilometers woon-werk"),
                    OutputField.of("deduction_eur", Kind.MONEY, "Aftrekbaar bedrag")),
            List.of(new Source("FOD Financiën – Voiture, voiture mixte ou minibus",
                    "https://finances.belgium.be/fr/particuliers/transport/deduction_frais_de_transport/"
                            + "trajet_domicile_travail/voiture")),
            "deduction_eur");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(CommuteDeduction.RATE);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        Calculation calc = new Calculation(ID, year, rates);
        CommuteDeduction.Result r = CommuteDeduction.calculate(new CommuteDeduction.Input(in.decimal("one_way_km"),
                in.integer("days"), CommuteDeduction.Vehicle.valueOf(in.text("vehicle").toUpperCase(Locale.ROOT))),
                calc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("km", r.km());
        out.put("deduction_eur", r.deduction().amount());
        return calc.finish(out);
    }
}
