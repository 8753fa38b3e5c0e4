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
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code nl-kor-revision}: the catalogue's face of {@link KorRevision}. */
public final class KorRevisionScheme implements Scheme {

    public static final String ID = "nl-kor-revision";

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.NL,
            "KOR: herziening van afgetrokken btw bij aanmelden",
            "Wie meedoet aan de KOR, betaalt een deel van de btw terug die hij eerder op investeringsgoederen heeft "
                    + "afgetrokken, elk jaar van de herzieningsperiode.",
            "het kalenderjaar van de start van de KOR",
            List.of(InputField.of("kor_start_date", InputType.DATE).required().label("Start van de KOR")
                            .help("De eerste dag van het aangiftetijdvak waarin de KOR begint.").build(),
                    RevisionAssets.field("assets", true),
                    InputField.of("other_revision_in_year_eur", InputType.MONEY).defaultValue(BigDecimal.ZERO)
                            .label("Andere herziening in dit boekjaar")
                            .help("Herziening om een andere reden in het gekozen jaar; telt mee voor de grens van "
                                    + "€ 500.").build()),
            List.of(OutputField.of("schedule", Kind.LIST, "Herziening per jaar"),
                    OutputField.of("total_payable_eur", Kind.MONEY, "Totaal te betalen")),
            List.of(KorSources.HERZIENING),
            "total_payable_eur");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(KorRates.REVISION_DE_MINIMIS, KorRates.revisionYears(AssetKind.MOVABLE));
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = in.date("kor_start_date");
        RevisionAssets.checkPeriodStart(in, "kor_start_date", start, errors);
        List<KorRevision.Asset> assets = RevisionAssets.parse(in, "assets", start, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Calculation calc = new Calculation(ID, year, rates);
        BigDecimal other = in.decimalOrZero("other_revision_in_year_eur");
        if (other.signum() > 0) {
            calc.step("Andere herziening in het boekjaar " + year + " telt mee voor de toets aan de grens van dat jaar",
                    MoneyFormat.display(other), KorRates.HERZIENING);
        }
        KorRevision.Result r = KorRevision.calculate(new KorRevision.Input(start, assets, other, year), calc);
        List<Map<String, Object>> schedule = new ArrayList<>(r.schedule().size());
        for (KorRevision.Row row : r.schedule()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("year", row.year());
            item.put("revision_eur", row.revision().amount());
            item.put("payable_eur", row.payable().amount());
            schedule.add(item);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schedule", schedule);
        out.put("total_payable_eur", r.totalPayable().amount());
        return calc.finish(out);
    }
}
