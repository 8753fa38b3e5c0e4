package eu.ondernemerscheck.domain.companycar;

import eu.ondernemerscheck.domain.companycar.CompanyCarBenefit.Fuel;
import eu.ondernemerscheck.domain.companycar.CompanyCarBenefit.ProRata;
import eu.ondernemerscheck.domain.rules.CarFuels;
import eu.ondernemerscheck.domain.rules.Calculation;
import eu.ondernemerscheck.domain.rules.ExplanationStep;
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
import java.util.Map;
import java.util.Set;

/** {@code be-company-car-benefit}: the catalogue's face of {@link CompanyCarBenefit}. */
public final class CompanyCarBenefitScheme implements Scheme {

    public static final String ID = "be-company-car-benefit";


    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.BE,
            "Voordeel van alle aard bedrijfswagen (VAA/ATN)",
            "Het belastbare voordeel van een bedrijfswagen die u ook privé gebruikt: cataloguswaarde × CO2-percentage "
                    + "× 6/7 × leeftijdscoëfficiënt, nooit lager dan het jaarminimum, naar verhouding van de periode "
                    + "dat de wagen ter beschikking staat.",
            "het inkomstenjaar",
            List.of(
                    InputField.of("fuel", InputType.CHOICE).required()
                            .options(CarFuels.options())
                            .label("Brandstof")
                            .help("Alleen een gewone diesel wordt vergeleken met de referentie-uitstoot voor "
                                    + "diesel; benzine, LPG, aardgas en hybrides met die voor benzine.").build(),
                    InputField.of("co2_g_km", InputType.DECIMAL).range(0, 1000)
                            .label("CO2-uitstoot (g/km, WLTP)")
                            .help("Verplicht behalve voor een elektrische of waterstofauto. Voor een plug-in hybride de "
                                    + "aangegeven waarde; boven 50 g/km (75 g/km voor Euro 6e-bis) telt ze × 2,5.")
                            .build(),
                    InputField.of("catalogue_value_eur", InputType.MONEY).required()
                            .label("Cataloguswaarde")
                            .help("Catalogusprijs met opties en de werkelijk betaalde btw, zonder kortingen.").build(),
                    InputField.of("first_registration", InputType.MONTH).required()
                            .label("Eerste inschrijving (maand)")
                            .help("De maand van de eerste inschrijving; die maand is de eerste maand voor de "
                                    + "leeftijdscoëfficiënt.").build(),
                    InputField.of("available_from", InputType.DATE)
                            .label("Ter beschikking vanaf")
                            .help("Binnen het jaar en niet vóór de eerste inschrijving. Leeg: 1 januari, of de maand "
                                    + "van eerste inschrijving als die later in het jaar valt.").build(),
                    InputField.of("available_until", InputType.DATE)
                            .label("Ter beschikking tot en met")
                            .help("Binnen het jaar. Leeg: 31 december.").build(),
                    InputField.of("pro_rata", InputType.CHOICE).defaultValue("months")
                            .option("months", "Per maand").option("days", "Per dag")
                            .label("Berekening voor een deel van het jaar")
                            .help("Per maand (1/12 per maand, het gebruikelijke) of per dag (dagen/dagen in het jaar).")
                            .build(),
                    InputField.of("euro6e_bis", InputType.BOOLEAN).defaultValue(Boolean.FALSE)
                            .label("Gehomologeerd volgens Euro 6e-bis of later")
                            .help("Voor een plug-in hybride geldt dan vanaf 2025 de grens van 75 g/km in plaats van "
                                    + "50 g/km.").build()),
            List.of(OutputField.of("co2_used_g_km", Kind.NUMBER, "Gebruikte CO2-uitstoot (g/km)"),
                    OutputField.of("co2_pct", Kind.FRACTION, "CO2-percentage"),
                    OutputField.of("annual_vaa_eur", Kind.MONEY, "VAA voor een volledig jaar"),
                    OutputField.of("formula_vaa_eur", Kind.MONEY, "Formule voor de periode (vóór het minimum)"),
                    OutputField.of("minimum_vaa_eur", Kind.MONEY, "Minimum voor de periode"),
                    OutputField.of("vaa_eur", Kind.MONEY, "VAA voor de periode"),
                    OutputField.of("months", Kind.LIST, "Per maand")),
            List.of(new Source("fleet.be – VAA 2025: de referentiewaarden zijn bekend", "https://www.fleet.be/vaa-2025/"),
                    new Source("tools.kluwer.be – Voordeel van alle aard bij persoonlijk gebruik van kosteloos ter "
                            + "beschikking gesteld voertuig", "http://tools.kluwer.be/BIV_AB/information_nl/Vaa.htm")),
            "vaa_eur");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(CompanyCarBenefit.REFERENCE_DIESEL, CompanyCarBenefit.REFERENCE_PETROL, CompanyCarBenefit.MINIMUM);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        CompanyCarBenefit.Input input = input(in, year);
        // Only the values this car needs are read: an electric car needs the minimum but no reference emission, so a
        // year with a known minimum and unknown references (2021) still answers for it; any value it does need and
        // that is missing refuses the calculation.
        Calculation calc = new Calculation(ID, year, rates);
        explainPeriod(in, input, calc);
        CompanyCarBenefit.Result r = CompanyCarBenefit.calculate(input, calc);
        List<Map<String, Object>> months = new ArrayList<>(r.months().size());
        for (CompanyCarBenefit.Month m : r.months()) {
            months.add(new MonthRow(m.month(), m.ageCoefficient(), m.vaa().amount()));
        }
        Map<String, Object> out = new LinkedHashMap<>(16);
        out.put("co2_used_g_km", r.co2Used());
        out.put("co2_pct", r.co2Pct());
        out.put("annual_vaa_eur", r.annual().amount());
        out.put("formula_vaa_eur", r.formula().amount());
        out.put("minimum_vaa_eur", r.minimum().amount());
        out.put("vaa_eur", r.vaa().amount());
        out.put("months", months);
        return calc.finish(out);
    }

    /**
     * Checks what the field rules cannot: CO2 given where needed, and a period inside {@code year} that does not begin
     * before the first registration. Without {@code available_from} the period starts at the later of 1 January and
     * the registration month; a given date before the registration month is an error, not silently moved.
     */
    static CompanyCarBenefit.Input input(SchemeInputs in, int year) {
        List<FieldError> errors = new ArrayList<>();
        Fuel fuel = Fuel.of(in.text("fuel"));
        BigDecimal co2 = in.decimal("co2_g_km");
        if (co2 == null && !fuel.zeroEmission()) {
            errors.add(new FieldError(in.path("co2_g_km"), "Geef de CO2-uitstoot; die is alleen voor een elektrische "
                    + "of waterstofauto niet nodig."));
        }
        YearMonth registration = in.month("first_registration");
        LocalDate registered = registration.atDay(1);
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate given = in.date("available_from");
        LocalDate until = in.date("available_until");
        if (registered.isAfter(yearEnd)) {
            errors.add(new FieldError(in.path("first_registration"), "De eerste inschrijving valt na " + year
                    + ": in dat jaar was er nog geen voordeel."));
        }
        if (given != null && given.getYear() != year) {
            errors.add(new FieldError(in.path("available_from"), "Moet in " + year + " liggen."));
        } else if (given != null && given.isBefore(registered)) {
            errors.add(new FieldError(in.path("available_from"), "Ligt vóór de eerste inschrijving (" + registration
                    + "): een wagen kan niet ter beschikking staan voor hij is ingeschreven."));
        }
        if (until != null && until.getYear() != year) {
            errors.add(new FieldError(in.path("available_until"), "Moet in " + year + " liggen."));
        } else if (until != null && until.isBefore(registered)) {
            errors.add(new FieldError(in.path("available_until"), "Ligt vóór de eerste inschrijving (" + registration
                    + ")."));
        } else if (until != null && given != null && until.isBefore(given)) {
            errors.add(new FieldError(in.path("available_until"), "Ligt vóór 'ter beschikking vanaf'."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate from = given != null ? given : registered.isAfter(yearStart) ? registered : yearStart;
        return new CompanyCarBenefit.Input(fuel, co2, in.decimal("catalogue_value_eur"), registration, from,
                until != null ? until : yearEnd, "days".equals(in.text("pro_rata")) ? ProRata.DAYS : ProRata.MONTHS,
                Boolean.TRUE.equals(in.bool("euro6e_bis")));
    }

    private static void explainPeriod(SchemeInputs in, CompanyCarBenefit.Input input, Calculation calc) {
        boolean given = in.has("available_from");
        calc.step(() -> periodStep(given, input));
        if (input.fuel().zeroEmission() && input.co2() != null && input.co2().signum() > 0) {
            calc.warn("Voor een elektrische of waterstofauto telt de opgegeven CO2-uitstoot niet: het percentage is vast.");
        }
    }

    private static ExplanationStep periodStep(boolean given, CompanyCarBenefit.Input input) {
        String why;
        if (given) {
            why = "zoals opgegeven";
        } else if (input.from().getDayOfYear() > 1) {
            why = "vanaf de maand van eerste inschrijving: alleen het deel van het jaar na de inschrijving telt";
        } else {
            why = "vanaf 1 januari";
        }
        LocalDate from = input.from();
        LocalDate until = input.until();
        StringBuilder text = new StringBuilder(220).append("Periode ").append(from).append(" t/m ").append(until)
                .append(" (").append(why).append("); ");
        String value;
        String reference;
        if (input.proRata() == ProRata.DAYS) {
            int days = until.getDayOfYear() - from.getDayOfYear() + 1;
            text.append("naar verhouding per dag: elke dag telt voor 1/").append(from.lengthOfYear())
                    .append(" van het jaarbedrag");
            value = days + " dagen";
            reference = "tax-rules.md §4.1 (vaa.dragintra.com)";
        } else {
            int months = until.getMonthValue() - from.getMonthValue() + 1;
            text.append("naar verhouding per maand: elke volle maand telt voor 1/12");
            if (from.getDayOfMonth() != 1 || until.getDayOfMonth() != until.lengthOfMonth()) {
                text.append("; een maand waarin de wagen maar een deel van de dagen ter beschikking staat, telt naar "
                        + "verhouding van die dagen in die maand");
            }
            value = months + (months == 1 ? " maand" : " maanden");
            reference = "tax-rules.md §4.1 (tools.kluwer.be)";
        }
        return new ExplanationStep(text.toString(), value, reference);
    }
}
