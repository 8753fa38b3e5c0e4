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
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code nl-kor-crossing}: the catalogue's face of {@link KorCrossing}. */
public final class KorCrossingScheme implements Scheme {

    public static final String ID = "nl-kor-crossing";

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.NL,
            "KOR: omzetgrens overschreden in de loop van het jaar",
            "Gaat uw omzet dit jaar over de grens, dan eindigt de KOR op de dag van die levering en is die levering "
                    + "volledig belast.",
            "het kalenderjaar van de levering",
            List.of(InputField.of("turnover_before_eur", InputType.MONEY).required()
                            .label("Omzet dit jaar vóór deze levering")
                            .help("De omzet die telt voor de KOR-grens, van 1 januari tot deze levering.").build(),
                    InputField.of("supply_eur", InputType.MONEY).required().label("Bedrag van deze levering")
                            .help("Exclusief btw.").build(),
                    InputField.of("supply_date", InputType.DATE).required().label("Datum van de levering")
                            .help("Een dag in het gekozen jaar.").build(),
                    InputField.of("vat_rate", InputType.FRACTION).required().label("Btw-tarief van de levering")
                            .help("0,21, 0,09 of 0.").build()),
            List.of(OutputField.of("crosses", Kind.BOOLEAN, "Grens overschreden"),
                    OutputField.of("kor_end_date", Kind.DATE, "KOR eindigt op"),
                    OutputField.of("vat_due_eur", Kind.MONEY, "Btw over deze levering"),
                    OutputField.of("earliest_reentry_date", Kind.DATE, "Vroegste nieuwe deelname")),
            List.of(KorSources.KOR, KorSources.KVK, KorSources.AFMELDEN),
            "vat_due_eur");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(KorRates.THRESHOLD, KorRates.REENTRY_RULE);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        LocalDate date = in.date("supply_date");
        if (date.getYear() != year) {
            throw new InvalidInputException(in.path("supply_date"), "De leverdatum moet in " + year + " liggen.");
        }
        Calculation calc = new Calculation(ID, year, rates);
        KorCrossing.Result r = KorCrossing.calculate(new KorCrossing.Input(in.decimal("turnover_before_eur"),
                in.decimal("supply_eur"), date, in.decimal("vat_rate")), calc);
        if (r.alreadyAbove()) {
            throw new InvalidInputException(in.path("turnover_before_eur"), "De omzet vóór deze levering ligt al "
                    + "boven de grens: de KOR eindigde dan al bij een eerdere levering. Geef de omzet vóór de "
                    + "levering die de grens overschreed.");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("crosses", r.crosses());
        out.put("kor_end_date", r.korEndDate());
        out.put("vat_due_eur", r.vatDue().amount());
        out.put("earliest_reentry_date", r.earliestReentry());
        return calc.finish(out);
    }
}
