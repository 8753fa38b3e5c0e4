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
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code be-vat-exemption-comparison}: the catalogue's face of {@link ExemptionComparison}. */
public final class ExemptionComparisonScheme implements Scheme {

    public static final String ID = "be-vat-exemption-comparison";

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.BE,
            "Btw-vrijstellingsregeling: is ze interessant?",
            "Een indicatie: de btw die consumenten betalen wordt marge, maar u verliest de aftrek van voorbelasting en "
                    + "moet btw op eerdere investeringen herzien.",
            "het kalenderjaar waarin de vrijstelling zou ingaan",
            List.of(
                    InputField.of("turnover_excl_vat_eur", InputType.MONEY).required()
                            .label("Verwachte omzet van het jaar (zonder btw)").build(),
                    InputField.of("consumer_share", InputType.FRACTION).defaultValue(BigDecimal.ONE)
                            .label("Aandeel klanten die geen btw aftrekken")
                            .help("Consumenten en vrijgestelde klanten, als fractie (0,8 voor 80%).").build(),
                    InputField.of("vat_rate", InputType.FRACTION)
                            .label("Btw-tarief").help("Leeg: het normale tarief (21%).").build(),
                    InputField.of("input_vat_costs_eur", InputType.MONEY).defaultValue(BigDecimal.ZERO)
                            .label("Btw op kosten van het jaar").build(),
                    InputField.of("input_vat_investments_eur", InputType.MONEY).defaultValue(BigDecimal.ZERO)
                            .label("Btw op investeringen van het jaar").build(),
                    InputField.of("revision_assets", InputType.OBJECT_LIST)
                            .label("Eerdere investeringen met afgetrokken btw")
                            .help("Roerende goederen worden over 5 jaar herzien, onroerende over 15.")
                            .items(InputField.of("description", InputType.TEXT).label("Omschrijving").build(),
                                    InputField.of("vat_deducted_eur", InputType.MONEY).required()
                                            .label("Afgetrokken btw").build(),
                                    InputField.of("in_use_from", InputType.DATE).required()
                                            .label("In gebruik sinds").build(),
                                    InputField.of("kind", InputType.CHOICE).defaultValue("movable")
                                            .option("movable", "Roerend goed").option("real_estate", "Onroerend goed")
                                            .label("Soort").build())
                            .build(),
                    InputField.of("start_date", InputType.DATE)
                            .label("Vrijstelling vanaf").help("Leeg: 1 januari van het jaar.").build()),
            List.of(OutputField.of("eligible", Kind.BOOLEAN, "Vrijstelling mogelijk"),
                    OutputField.of("vat_kept_eur", Kind.MONEY, "Btw die marge wordt"),
                    OutputField.of("input_vat_lost_eur", Kind.MONEY, "Verloren voorbelasting"),
                    OutputField.of("revision_payable_eur", Kind.MONEY, "Herziening in het eerste jaar"),
                    OutputField.of("net_advantage_eur", Kind.MONEY, "Netto voordeel"),
                    OutputField.of("advice", Kind.TEXT, "Advies")),
            List.of(SmallBusinessExemptionScheme.FOD_PAGE),
            "net_advantage_eur");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(ExemptionThreshold.THRESHOLD, ExemptionComparison.STANDARD_RATE);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        ExemptionComparison.Input input = input(in, year);
        Calculation calc = new Calculation(ID, year, rates);
        ExemptionComparison.Result r = ExemptionComparison.calculate(input, calc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("eligible", r.eligible());
        out.put("vat_kept_eur", r.vatKept().amount());
        out.put("input_vat_lost_eur", r.inputVatLost().amount());
        out.put("revision_payable_eur", r.revision().amount());
        out.put("net_advantage_eur", r.netAdvantage().amount());
        out.put("advice", r.advice().code());
        return calc.finish(out);
    }

    static ExemptionComparison.Input input(SchemeInputs in, int year) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = in.has("start_date") ? in.date("start_date") : LocalDate.of(year, 1, 1);
        if (start.getYear() != year) {
            errors.add(new FieldError(in.path("start_date"), "Moet in " + year + " liggen."));
        }
        List<ExemptionComparison.Asset> assets = new ArrayList<>();
        for (SchemeInputs item : in.items("revision_assets")) {
            LocalDate inUse = item.date("in_use_from");
            if (inUse.isAfter(start)) {
                errors.add(new FieldError(item.path("in_use_from"), "Ligt na de start van de vrijstelling (" + start
                        + "): op een goed dat pas daarna in gebruik komt, trekt u geen btw af en is er niets te "
                        + "herzien."));
            }
            assets.add(new ExemptionComparison.Asset(item.text("description"), item.decimal("vat_deducted_eur"), inUse,
                    ExemptionComparison.Kind.valueOf(item.text("kind").toUpperCase(Locale.ROOT))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ExemptionComparison.Input(in.decimal("turnover_excl_vat_eur"), in.decimal("consumer_share"),
                in.decimal("vat_rate"), in.decimal("input_vat_costs_eur"), in.decimal("input_vat_investments_eur"),
                assets, start);
    }
}
