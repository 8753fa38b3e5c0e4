package eu.ondernemerscheck.domain.kia;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code nl-kia-disinvestment}: the catalogue's face of {@link Disinvestment}. */
public final class KiaDisinvestmentScheme implements Scheme {

    public static final String ID = "nl-kia-disinvestment";

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.NL,
            "Desinvesteringsbijtelling",
            "Verkoopt u binnen 5 jaar een bedrijfsmiddel waarvoor u investeringsaftrek kreeg, dan telt u een deel van "
                    + "de verkoopprijs bij de winst.",
            "het jaar van de verkoop of schenking",
            List.of(
                    InputField.of("investment_year", InputType.YEAR).required().label("Investeringsjaar")
                            .help("Het jaar waarin u de investeringsaftrek voor dit bedrijfsmiddel kreeg.").build(),
                    InputField.of("sale_price_eur", InputType.MONEY).required().label("Verkoopprijs")
                            .help("Wat u voor het bedrijfsmiddel ontving (bij schenken: de waarde).").build(),
                    InputField.of("sale_date", InputType.DATE).label("Datum van de verkoop")
                            .help("Een dag in het gekozen jaar.").build(),
                    InputField.of("total_disposals_in_year_eur", InputType.MONEY)
                            .label("Totaal van alle vervreemdingen dit jaar")
                            .help("Alle verkopen en schenkingen van bedrijfsmiddelen met investeringsaftrek in dit "
                                    + "kalenderjaar, deze verkoop inbegrepen. Leeg: alleen deze verkoop.").build(),
                    InputField.of("kia_pct_applied", InputType.FRACTION).label("Percentage van de oorspronkelijke aftrek")
                            .help("Bijvoorbeeld 0,28. Of geef het totaal van het investeringsjaar (met of zonder de "
                                    + "ontvangen KIA).").build(),
                    InputField.of("investment_year_total_eur", InputType.MONEY)
                            .label("Totaal kwalificerende investeringen in het investeringsjaar").build(),
                    InputField.of("kia_eur", InputType.MONEY).label("Ontvangen KIA in het investeringsjaar")
                            .help("Alleen samen met het totaal van het investeringsjaar; leeg: wij berekenen de KIA "
                                    + "van dat jaar.").build(),
                    InputField.of("kia_on_asset_eur", InputType.MONEY)
                            .label("Investeringsaftrek ontvangen op dit bedrijfsmiddel")
                            .help("De bijtelling is nooit hoger dan dit bedrag.").build(),
                    InputField.of("asset_cost_eur", InputType.MONEY).label("Aanschafprijs van dit bedrijfsmiddel")
                            .help("In plaats van de aftrek op dit bedrijfsmiddel: de grens is dan het percentage "
                                    + "maal de aanschafprijs.").build()),
            List.of(OutputField.of("within_five_years", Kind.BOOLEAN, "Binnen 5 jaar na 1 januari van het "
                            + "investeringsjaar"),
                    OutputField.of("threshold_exceeded", Kind.BOOLEAN, "Drempel van het jaar overschreden"),
                    OutputField.of("effective_pct", Kind.FRACTION, "Percentage van de oorspronkelijke aftrek"),
                    OutputField.of("bijtelling_eur", Kind.MONEY, "Desinvesteringsbijtelling")),
            List.of(new Source("Belastingdienst – Desinvesteringsbijtelling",
                    "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/zakelijk/winst/"
                            + "inkomstenbelasting/inkomstenbelasting_voor_ondernemers/"
                            + "investeringsaftrek_en_desinvesteringsbijtelling/desinvesteringsbijtelling")),
            "bijtelling_eur");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(KiaRates.DISINVESTMENT_THRESHOLD, KiaRates.DISINVESTMENT_WINDOW_YEARS);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        Disinvestment.Input input = input(in, year);
        Calculation calc = new Calculation(ID, year, rates);
        Disinvestment.Result r = Disinvestment.calculate(input, calc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("within_five_years", r.withinFiveYears());
        out.put("threshold_exceeded", r.thresholdExceeded());
        out.put("effective_pct", r.effectivePct());
        out.put("bijtelling_eur", r.bijtelling().amount());
        return calc.finish(out);
    }

    private static Disinvestment.Input input(SchemeInputs in, int year) {
        List<FieldError> errors = new ArrayList<>();
        int investmentYear = in.integer("investment_year");
        if (investmentYear > year) {
            errors.add(new FieldError(in.path("investment_year"), "Het investeringsjaar ligt na het jaar van de "
                    + "verkoop (" + year + ")."));
        }
        LocalDate saleDate = in.date("sale_date");
        if (saleDate != null && saleDate.getYear() != year) {
            errors.add(new FieldError(in.path("sale_date"), "De verkoopdatum moet in " + year + " liggen."));
        }
        BigDecimal salePrice = in.decimal("sale_price_eur");
        BigDecimal totalDisposals = in.has("total_disposals_in_year_eur") ? in.decimal("total_disposals_in_year_eur")
                : salePrice;
        if (totalDisposals.compareTo(salePrice) < 0) {
            errors.add(new FieldError(in.path("total_disposals_in_year_eur"), "Het totaal van de vervreemdingen "
                    + "omvat deze verkoop en kan dus niet lager zijn dan de verkoopprijs."));
        }
        boolean hasPct = in.has("kia_pct_applied");
        boolean hasTotal = in.has("investment_year_total_eur");
        boolean hasKia = in.has("kia_eur");
        Disinvestment.PercentageSource source = Disinvestment.PercentageSource.GIVEN;
        if (hasPct && (hasTotal || hasKia)) {
            String both = "Geef het percentage óf het totaal van het investeringsjaar (eventueel met de KIA), niet "
                    + "allebei.";
            errors.add(new FieldError(in.path("kia_pct_applied"), both));
            errors.add(new FieldError(in.path(hasTotal ? "investment_year_total_eur" : "kia_eur"), both));
        } else if (!hasPct && !hasTotal) {
            String neither = "Geef het percentage van de oorspronkelijke aftrek of het totaal van het "
                    + "investeringsjaar.";
            errors.add(new FieldError(in.path("kia_pct_applied"), neither));
            errors.add(new FieldError(in.path("investment_year_total_eur"), neither));
            if (hasKia) {
                errors.add(new FieldError(in.path("kia_eur"), "De ontvangen KIA kan alleen samen met het totaal "
                        + "van het investeringsjaar."));
            }
        } else if (hasTotal) {
            BigDecimal total = in.decimal("investment_year_total_eur");
            source = hasKia ? Disinvestment.PercentageSource.KIA_OVER_TOTAL : Disinvestment.PercentageSource.COMPUTED;
            if (total.signum() == 0) {
                errors.add(new FieldError(in.path("investment_year_total_eur"), "Zonder investeringen in dat jaar "
                        + "was er geen aftrek; het totaal moet meer dan 0 zijn."));
            } else if (hasKia && in.decimal("kia_eur").compareTo(total) > 0) {
                errors.add(new FieldError(in.path("kia_eur"), "De KIA kan niet hoger zijn dan het totaal van de "
                        + "investeringen."));
            }
        }
        boolean hasKiaOnAsset = in.has("kia_on_asset_eur");
        boolean hasCost = in.has("asset_cost_eur");
        if (hasKiaOnAsset && hasCost) {
            String both = "Geef de aftrek op dit bedrijfsmiddel óf de aanschafprijs, niet allebei.";
            errors.add(new FieldError(in.path("kia_on_asset_eur"), both));
            errors.add(new FieldError(in.path("asset_cost_eur"), both));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Disinvestment.CapSource cap = hasKiaOnAsset ? Disinvestment.CapSource.KIA_ON_ASSET
                : hasCost ? Disinvestment.CapSource.ASSET_COST : Disinvestment.CapSource.NONE;
        BigDecimal capAmount = hasKiaOnAsset ? in.decimal("kia_on_asset_eur")
                : hasCost ? in.decimal("asset_cost_eur") : null;
        return new Disinvestment.Input(investmentYear, salePrice, saleDate, totalDisposals, source,
                in.decimal("kia_pct_applied"), in.decimal("investment_year_total_eur"), in.decimal("kia_eur"), cap,
                capAmount);
    }
}
