package eu.ondernemerscheck.domain.cardeduction;

import eu.ondernemerscheck.domain.cardeduction.CarCostDeductibility.Fuel;
import eu.ondernemerscheck.domain.cardeduction.CarCostDeductibility.Taxpayer;
import eu.ondernemerscheck.domain.rules.CarFuels;
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
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code be-car-deductibility}: the catalogue's face of {@link CarCostDeductibility}. */
public final class CarDeductibilityScheme implements Scheme {

    public static final String ID = "be-car-deductibility";

    private static final List<String> TOGETHER = List.of("professional_km", "total_km", "car_costs_eur");

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.BE,
            "Aftrekbaarheid autokosten",
            "Welk deel van de kosten van een personenwagen aftrekbaar is: de CO2-formule met haar grenzen, de "
                    + "hervorming van 2023 volgens de besteldatum, en het beroepsmatig gebruik.",
            "het kalenderjaar van het belastbaar tijdperk",
            List.of(
                    InputField.of("fuel", InputType.CHOICE).required()
                            .options(CarFuels.options())
                            .label("Brandstof")
                            .help("Hybrides, ook diesel-elektrische, gebruiken de coëfficiënt 0,95.").build(),
                    InputField.of("co2_g_km", InputType.DECIMAL).range(0, 1000)
                            .label("CO2-uitstoot (g/km)")
                            .help("Niet nodig voor een elektrische of waterstofauto. Onbekend: een vast percentage.")
                            .build(),
                    InputField.of("fiscal_hp", InputType.INTEGER).range(1, 200)
                            .label("Fiscale pk")
                            .help("Alleen van belang voor aardgas (CNG): tot en met 11 fiscale pk een lagere "
                                    + "coëfficiënt.").build(),
                    InputField.of("order_date", InputType.MONTH_OR_DATE).required()
                            .label("Besteldatum")
                            .help("Datum (of maand) van de bestelbon of de ondertekening van het leasecontract; de "
                                    + "hervorming van 2023 kijkt naar deze datum.").build(),
                    InputField.of("acquisition_date", InputType.MONTH_OR_DATE)
                            .label("Aankoopdatum")
                            .help("Leeg: gelijk aan de besteldatum. Een zelfstandige houdt voor een wagen aangekocht "
                                    + "vóór 2018 minstens 75%.").build(),
                    InputField.of("taxpayer", InputType.CHOICE).defaultValue("sole_trader")
                            .option("sole_trader", "Zelfstandige (personenbelasting)")
                            .option("company", "Vennootschap (vennootschapsbelasting)")
                            .label("Belastingplichtige").build(),
                    InputField.of("professional_km", InputType.DECIMAL)
                            .label("Beroepsmatige kilometers")
                            .help("Samen met het totaal aantal kilometers en de autokosten.").build(),
                    InputField.of("total_km", InputType.DECIMAL)
                            .label("Totaal aantal kilometers").build(),
                    InputField.of("car_costs_eur", InputType.MONEY)
                            .label("Autokosten van het jaar")
                            .help("Zonder financieringskosten en mobiele telefoon; die vallen niet onder de "
                                    + "beperking.").build()),
            List.of(OutputField.of("formula_pct", Kind.FRACTION, "Uitkomst van de CO2-formule"),
                    OutputField.of("deductible_pct", Kind.FRACTION, "Aftrekbaar percentage"),
                    OutputField.of("professional_use_pct", Kind.FRACTION, "Beroepsmatig gebruik"),
                    OutputField.of("deductible_costs_eur", Kind.MONEY, "Aftrekbare kosten")),
            List.of(new Source("bnr.be – Aftrekpercentages",
                            "https://bnr.be/nuttige-tarieven-percentages/aftrekpercentages/"),
                    new Source("goeminneaccountancy.be – Vergroening van de autofiscaliteit",
                            "https://www.goeminneaccountancy.be/vergroening-van-de-autofiscaliteit/")),
            "deductible_pct");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(CarCostDeductibility.FORMULA_BASE, CarCostDeductibility.FORMULA_STEP,
                CarCostDeductibility.MINIMUM_PCT, CarCostDeductibility.MAXIMUM_PCT);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        CarCostDeductibility.Input input = input(in, year);
        Calculation calc = new Calculation(ID, year, rates);
        calc.step("Besteld op " + input.orderDate() + ", aangekocht op " + input.acquisitionDate() + ", "
                + (input.taxpayer() == Taxpayer.COMPANY ? "vennootschap" : "zelfstandige") + ", belastbaar tijdperk "
                + year, "", "");
        CarCostDeductibility.Result r = CarCostDeductibility.calculate(input, calc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("formula_pct", r.formulaPct());
        out.put("deductible_pct", r.deductiblePct());
        out.put("professional_use_pct", r.professionalUsePct());
        out.put("deductible_costs_eur", r.deductibleCosts() == null ? null : r.deductibleCosts().amount());
        return calc.finish(out);
    }

    static CarCostDeductibility.Input input(SchemeInputs in, int year) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate order = in.date("order_date");
        LocalDate acquisition = in.has("acquisition_date") ? in.date("acquisition_date") : order;
        if (order.isAfter(yearEnd)) {
            errors.add(new FieldError(in.path("order_date"), "Ligt na " + year + ": de wagen was in dat jaar nog niet "
                    + "besteld."));
        }
        if (YearMonth.from(acquisition).isBefore(YearMonth.from(order))) {
            errors.add(new FieldError(in.path("acquisition_date"), "Ligt vóór de besteldatum."));
        } else if (in.has("acquisition_date") && acquisition.isAfter(yearEnd)) {
            errors.add(new FieldError(in.path("acquisition_date"), "Ligt na " + year + ": in dat jaar waren er nog "
                    + "geen kosten van deze wagen."));
        }
        long given = TOGETHER.stream().filter(in::has).count();
        if (given > 0 && given < TOGETHER.size()) {
            for (String name : TOGETHER) {
                if (!in.has(name)) {
                    errors.add(new FieldError(in.path(name), "Geef beroepsmatige kilometers, totaal aantal kilometers "
                            + "en autokosten samen, of geen van de drie."));
                }
            }
        }
        BigDecimal professional = in.decimal("professional_km");
        BigDecimal total = in.decimal("total_km");
        if (total != null && total.signum() == 0 && given == TOGETHER.size()) {
            errors.add(new FieldError(in.path("total_km"), "Moet meer dan 0 zijn om het beroepsmatig deel te "
                    + "berekenen."));
        } else if (professional != null && total != null && professional.compareTo(total) > 0) {
            errors.add(new FieldError(in.path("professional_km"), "Kan niet meer zijn dan het totaal aantal "
                    + "kilometers."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean withCosts = given == TOGETHER.size();
        return new CarCostDeductibility.Input(Fuel.valueOf(in.text("fuel").toUpperCase(Locale.ROOT)),
                in.decimal("co2_g_km"), in.integer("fiscal_hp"), order, acquisition,
                Taxpayer.valueOf(in.text("taxpayer").toUpperCase(Locale.ROOT)),
                withCosts ? professional : null, withCosts ? total : null,
                withCosts ? in.decimal("car_costs_eur") : null);
    }
}
