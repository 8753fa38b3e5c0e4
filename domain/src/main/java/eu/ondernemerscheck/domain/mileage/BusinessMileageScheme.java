package eu.ondernemerscheck.domain.mileage;

import eu.ondernemerscheck.domain.mileage.BusinessMileageAllowance.Indexation;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code be-mileage-business}: the catalogue's face of {@link BusinessMileageAllowance}. */
public final class BusinessMileageScheme implements Scheme {

    public static final String ID = "be-mileage-business";

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.BE,
            "Kilometervergoeding dienstverplaatsingen",
            "Het hoogste bedrag per kilometer dat een werkgever of uw vennootschap belastingvrij mag vergoeden voor "
                    + "dienstverplaatsingen met uw eigen wagen, voor een beperkt aantal km per jaar.",
            "het kalenderjaar waarin gereden werd",
            List.of(
                    InputField.of("business_km", InputType.DECIMAL).required().range(0, 1_000_000)
                            .label("Kilometers dienstverplaatsing")
                            .help("Alleen dienstverplaatsingen, geen woon-werkverkeer.").build(),
                    InputField.of("date", InputType.DATE).required()
                            .label("Datum van de verplaatsingen")
                            .help("Een dag in de periode waarin gereden werd; het tarief van die dag geldt.").build(),
                    InputField.of("indexation", InputType.CHOICE).defaultValue("quarterly")
                            .option("quarterly", "Per kwartaal geïndexeerd").option("annual", "Jaartarief (1 juli – 30 juni)")
                            .label("Indexering")
                            .help("Sommige sectoren gebruiken het vaste jaartarief.").build(),
                    InputField.of("business_km_before_in_year", InputType.DECIMAL).defaultValue(BigDecimal.ZERO)
                            .range(0, 1_000_000)
                            .label("Al eerder dit jaar vergoed tegen het forfait (km)").build()),
            List.of(OutputField.of("rate_eur_per_km", Kind.NUMBER, "Tarief per km"),
                    OutputField.of("km_at_forfait", Kind.NUMBER, "Kilometers tegen het forfait"),
                    OutputField.of("km_needing_proof", Kind.NUMBER, "Kilometers met bewijs van kosten"),
                    OutputField.of("max_tax_free_eur", Kind.MONEY, "Maximale belastingvrije vergoeding")),
            List.of(new Source("sociare.be – Aanpassing maximumbedrag kilometervergoeding auto",
                    "https://www.sociare.be/nl/kennisbank/aanpassing-maximumbedrag-kilometervergoeding-auto")),
            "max_tax_free_eur");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(RateKey.of(BusinessMileageAllowance.RATE, "quarterly"), BusinessMileageAllowance.FORFAIT_KM);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        LocalDate date = in.date("date");
        if (date.getYear() != year) {
            throw new InvalidInputException(in.path("date"), "Moet in " + year + " liggen: de kilometergrens geldt per "
                    + "kalenderjaar.");
        }
        Calculation calc = new Calculation(ID, year, rates);
        BusinessMileageAllowance.Result r = BusinessMileageAllowance.calculate(new BusinessMileageAllowance.Input(
                in.decimal("business_km"), date, Indexation.valueOf(in.text("indexation").toUpperCase(Locale.ROOT)),
                in.decimal("business_km_before_in_year")), calc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rate_eur_per_km", r.rate());
        out.put("km_at_forfait", r.kmAtForfait());
        out.put("km_needing_proof", r.kmNeedingProof());
        out.put("max_tax_free_eur", r.maxTaxFree().amount());
        return calc.finish(out);
    }
}
