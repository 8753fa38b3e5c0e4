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
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.vatexemption.SmallBusinessExemption.Activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code be-vat-exemption}: the catalogue's face of {@link SmallBusinessExemption}. */
public final class SmallBusinessExemptionScheme implements Scheme {

    public static final String ID = "be-vat-exemption";

    static final Source FOD_PAGE = new Source("FOD Financiën – Btw-vrijstellingsregeling kleine ondernemingen",
            "https://financien.belgium.be/nl/ondernemingen/btw/btw-plicht/vrijstellingsregeling");

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.BE,
            "Btw-vrijstellingsregeling kleine ondernemingen",
            "Of uw jaaromzet onder de grens blijft om zonder btw te factureren, en of uw activiteit de regeling toelaat.",
            "het kalenderjaar",
            List.of(
                    money("taxable_turnover_eur", "Belastbare omzet",
                            "Handelingen die zonder vrijstelling belast zouden zijn, met vrijgestelde uitvoer en "
                                    + "intracommunautaire leveringen."),
                    money("exempt_real_estate_eur", "Vrijgestelde verhuur van onroerend goed", "Telt mee."),
                    money("exempt_financial_eur", "Vrijgestelde financiële handelingen", "Telt mee, tenzij bijkomstig."),
                    money("exempt_insurance_eur", "Vrijgestelde verzekeringshandelingen", "Telt mee."),
                    money("ancillary_financial_eur", "Bijkomstige financiële en verzekeringshandelingen", "Telt niet mee."),
                    money("business_asset_sales_eur", "Verkoop van bedrijfsmiddelen", "Telt niet mee."),
                    InputField.of("activity", InputType.CHOICE).defaultValue("standard")
                            .option("standard", "Gewone activiteit")
                            .option("building_work", "Werk in onroerende staat")
                            .option("horeca_cash_register", "Horeca met geregistreerd kassasysteem")
                            .option("used_goods_and_waste", "Gebruikte materialen, afval en schroot")
                            .option("furnished_accommodation", "Verhuur van gemeubelde logies met btw")
                            .option("vat_unit", "Lid van een btw-eenheid")
                            .label("Activiteit").help("Deze sectoren zijn altijd uitgesloten.").build(),
                    InputField.of("start_date", InputType.DATE)
                            .label("Startdatum van de activiteit")
                            .help("Alleen als u in dit jaar begon: de grens geldt dan naar verhouding van de "
                                    + "kalenderdagen.").build()),
            List.of(OutputField.of("counted_turnover_eur", Kind.MONEY, "Meegetelde omzet"),
                    OutputField.of("threshold_eur", Kind.MONEY, "Omzetgrens"),
                    OutputField.of("eligible", Kind.BOOLEAN, "Vrijstelling mogelijk"),
                    OutputField.of("within_tolerance", Kind.BOOLEAN, "Boven de grens, binnen de tolerantie"),
                    OutputField.of("excluded_reason", Kind.TEXT, "Uitgesloten activiteit")),
            List.of(FOD_PAGE),
            "eligible");

    private static InputField money(String name, String label, String help) {
        return InputField.of(name, InputType.MONEY).defaultValue(BigDecimal.ZERO).label(label).help(help).build();
    }

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(ExemptionThreshold.THRESHOLD, ExemptionThreshold.TOLERANCE);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        LocalDate start = in.date("start_date");
        if (start != null && start.getYear() != year) {
            throw new InvalidInputException(in.path("start_date"), "Moet in " + year + " liggen; begon de activiteit "
                    + "vroeger, laat het veld leeg.");
        }
        Calculation calc = new Calculation(ID, year, rates);
        SmallBusinessExemption.Result r = SmallBusinessExemption.calculate(new SmallBusinessExemption.Input(
                in.decimal("taxable_turnover_eur"), in.decimal("exempt_real_estate_eur"),
                in.decimal("exempt_financial_eur"), in.decimal("exempt_insurance_eur"),
                in.decimal("ancillary_financial_eur"), in.decimal("business_asset_sales_eur"),
                Activity.valueOf(in.text("activity").toUpperCase(Locale.ROOT)), start), calc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("counted_turnover_eur", r.counted().amount());
        out.put("threshold_eur", r.threshold().amount());
        out.put("eligible", r.eligible());
        out.put("within_tolerance", r.withinTolerance());
        out.put("excluded_reason", r.excludedReason());
        return calc.finish(out);
    }
}
