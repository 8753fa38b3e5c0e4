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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code nl-kor-comparison}: the catalogue's face of {@link KorComparison}. */
public final class KorComparisonScheme implements Scheme {

    public static final String ID = "nl-kor-comparison";

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.NL,
            "Is de KOR voor mij interessant?",
            "Een indicatie van het geldeffect in het eerste jaar: de btw die marge wordt tegenover de voorbelasting "
                    + "die u niet meer aftrekt en de herziening op eerdere investeringen.",
            "het kalenderjaar",
            List.of(InputField.of("turnover_excl_vat_eur", InputType.MONEY).required()
                            .label("Verwachte omzet dit jaar, exclusief btw")
                            .help("De omzet die telt voor de KOR-grens.").build(),
                    InputField.of("consumer_share", InputType.FRACTION).defaultValue(BigDecimal.ONE)
                            .label("Deel van de omzet van particulieren")
                            .help("Klanten die geen btw kunnen aftrekken; 1 = alleen particulieren.").build(),
                    InputField.of("vat_rate", InputType.FRACTION).label("Btw-tarief op uw omzet")
                            .help("Leeg: het algemene tarief.").build(),
                    KorScheme.money("input_vat_costs_eur", "Btw op kosten dit jaar", "De voorbelasting op kosten."),
                    KorScheme.money("input_vat_investments_eur", "Btw op investeringen dit jaar",
                            "De voorbelasting op investeringen."),
                    RevisionAssets.field("revision_assets", false),
                    InputField.of("start_date", InputType.DATE).label("Start van de KOR")
                            .help("Leeg: 1 januari van het gekozen jaar.").build()),
            List.of(OutputField.of("eligible", Kind.BOOLEAN, "KOR mogelijk"),
                    OutputField.of("vat_kept_eur", Kind.MONEY, "Btw die marge wordt"),
                    OutputField.of("input_vat_lost_eur", Kind.MONEY, "Voorbelasting die u niet meer aftrekt"),
                    OutputField.of("revision_payable_eur", Kind.MONEY, "Herziening in het eerste jaar"),
                    OutputField.of("net_advantage_eur", Kind.MONEY, "Voordeel van de KOR"),
                    OutputField.of("advice", Kind.TEXT, "Advies")),
            List.of(KorSources.KVK, KorSources.KOR, KorSources.HERZIENING),
            "net_advantage_eur");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(KorRates.THRESHOLD, KorRates.STANDARD_VAT_RATE);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = in.has("start_date") ? in.date("start_date") : LocalDate.of(year, 1, 1);
        if (start.getYear() != year) {
            errors.add(new FieldError(in.path("start_date"), "De start van de KOR moet in " + year + " liggen."));
        }
        RevisionAssets.checkPeriodStart(in, "start_date", start, errors);
        List<KorRevision.Asset> assets = RevisionAssets.parse(in, "revision_assets", start, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Calculation calc = new Calculation(ID, year, rates);
        KorComparison.Result r = KorComparison.calculate(new KorComparison.Input(in.decimal("turnover_excl_vat_eur"),
                in.decimal("consumer_share"), in.decimal("vat_rate"), in.decimalOrZero("input_vat_costs_eur"),
                in.decimalOrZero("input_vat_investments_eur"), assets, start), calc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("eligible", r.eligible());
        out.put("vat_kept_eur", r.vatKept().amount());
        out.put("input_vat_lost_eur", r.inputVatLost().amount());
        out.put("revision_payable_eur", r.revisionPayable().amount());
        out.put("net_advantage_eur", r.netAdvantage().amount());
        out.put("advice", r.advice().code());
        return calc.finish(out);
    }
}
