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
import eu.ondernemerscheck.domain.shared.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code nl-kia}: the catalogue's face of {@link InvestmentDeduction}. */
public final class KiaScheme implements Scheme {

    public static final String ID = "nl-kia";

    /** Shares are fractions a person types; a sum this close to 1 is 1 (0.333333 three times, for instance). */
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.000001");

    private static final SchemeDefinition DEFINITION = new SchemeDefinition(ID, Country.NL,
            "Kleinschaligheidsinvesteringsaftrek (KIA)",
            "Een aftrek van de winst over het totaal van de bedrijfsmiddelen die u in een kalenderjaar aanschaft, "
                    + "volgens de tabel van dat jaar.",
            "het investeringsjaar",
            List.of(
                    InputField.of("assets", InputType.OBJECT_LIST).label("Bedrijfsmiddelen")
                            .help("De investeringen van het jaar, elk met bedrag en soort. Geef dit of het totaal, "
                                    + "niet allebei.")
                            .items(InputField.of("description", InputType.TEXT).required().label("Omschrijving")
                                            .build(),
                                    InputField.of("amount_excl_vat_eur", InputType.MONEY).required()
                                            .label("Investeringsbedrag exclusief btw").build(),
                                    InputField.of("vat_eur", InputType.MONEY).defaultValue(BigDecimal.ZERO)
                                            .label("Btw op de aankoop")
                                            .help("Telt mee als u de btw niet kunt aftrekken.").build(),
                                    categoryField(),
                                    InputField.of("professional_passenger_transport", InputType.BOOLEAN)
                                            .defaultValue(Boolean.FALSE).label("Voor beroepsmatig personenvervoer")
                                            .help("Alleen een personenauto voor beroepsmatig personenvervoer (taxi, "
                                                    + "koerier) geeft recht op KIA.").build())
                            .build(),
                    InputField.of("investment_total_eur", InputType.MONEY)
                            .label("Totaal kwalificerende investeringen")
                            .help("Als u het totaal al kent: zonder uitgesloten bedrijfsmiddelen en bedrijfsmiddelen "
                                    + "onder € 450.").build(),
                    InputField.of("vat_deductible", InputType.BOOLEAN).defaultValue(Boolean.TRUE)
                            .label("Btw aftrekbaar")
                            .help("Nee als u de btw niet kunt aftrekken, bijvoorbeeld met de KOR: dan telt het bedrag "
                                    + "inclusief btw.").build(),
                    InputField.of("partner_profit_shares", InputType.FRACTION_LIST)
                            .label("Winstaandelen van de vennoten")
                            .help("Voor een vof of maatschap: de aandelen in de winst, samen 1 (0,5 en 0,5).")
                            .build()),
            List.of(OutputField.of("qualifying_total_eur", Kind.MONEY, "Totaal kwalificerende investeringen"),
                    OutputField.of("kia_eur", Kind.MONEY, "Kleinschaligheidsinvesteringsaftrek"),
                    OutputField.of("band", Kind.TEXT, "Schijf van de tabel"),
                    OutputField.of("excluded_assets", Kind.LIST, "Bedrijfsmiddelen die niet meetellen"),
                    OutputField.of("kia_per_partner_eur", Kind.LIST, "KIA per vennoot")),
            List.of(new Source("Belastingdienst – Geen recht op investeringsaftrek",
                            "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/zakelijk/winst/"
                                    + "inkomstenbelasting/inkomstenbelasting_voor_ondernemers/"
                                    + "investeringsaftrek_en_desinvesteringsbijtelling/geen_recht_op_investeringsaftrek"),
                    new Source("Hoge Raad 2020: KIA bij samenwerkingsverband verdelen over vennoten",
                            "https://www.fiscaalvanmorgen.nl/2020/05/06/hoge-raad-kia-bij-samenwerkingsverband-"
                                    + "verdelen-over-vennoten/")),
            "kia_eur");

    @Override
    public SchemeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Set<RateKey> yearKeys() {
        return Set.of(KiaRates.LOWER, KiaRates.BAND1_TOP, KiaRates.FIXED, KiaRates.BAND2_TOP, KiaRates.TOP,
                KiaRates.RATE, KiaRates.PHASE_OUT_RATE, KiaRates.ASSET_MINIMUM);
    }

    @Override
    public Outcome calculate(SchemeInputs in, int year, RateBook rates) {
        InvestmentDeduction.Input input = input(in);
        Calculation calc = new Calculation(ID, year, rates);
        InvestmentDeduction.Result r = InvestmentDeduction.calculate(input, calc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("qualifying_total_eur", r.qualifyingTotal().amount());
        out.put("kia_eur", r.kia().amount());
        out.put("band", r.band().code());
        List<Map<String, Object>> excluded = new ArrayList<>(r.excluded().size());
        for (InvestmentDeduction.Excluded e : r.excluded()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("description", e.description());
            item.put("reason", e.reason());
            excluded.add(item);
        }
        out.put("excluded_assets", excluded);
        List<BigDecimal> perPartner = null;
        if (r.perPartner() != null) {
            perPartner = new ArrayList<>(r.perPartner().size());
            for (Money m : r.perPartner()) {
                perPartner.add(m.amount());
            }
        }
        out.put("kia_per_partner_eur", perPartner);
        return calc.finish(out);
    }

    private static InvestmentDeduction.Input input(SchemeInputs in) {
        List<FieldError> errors = new ArrayList<>();
        boolean hasAssets = in.has("assets");
        boolean hasTotal = in.has("investment_total_eur");
        if (hasAssets && hasTotal) {
            errors.add(new FieldError(in.path("assets"), "Geef de bedrijfsmiddelen of het totaal, niet allebei."));
            errors.add(new FieldError(in.path("investment_total_eur"),
                    "Geef de bedrijfsmiddelen of het totaal, niet allebei."));
        } else if (!hasAssets && !hasTotal) {
            errors.add(new FieldError(in.path("assets"), "Geef de bedrijfsmiddelen of het totaal van de investeringen."));
            errors.add(new FieldError(in.path("investment_total_eur"),
                    "Geef de bedrijfsmiddelen of het totaal van de investeringen."));
        }
        List<BigDecimal> shares = in.fractions("partner_profit_shares");
        if (shares != null) {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal s : shares) {
                sum = sum.add(s);
            }
            if (sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0) {
                errors.add(new FieldError(in.path("partner_profit_shares"), "De winstaandelen tellen op tot "
                        + sum.stripTrailingZeros().toPlainString() + "; samen moeten ze 1 zijn."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<InvestmentDeduction.Asset> assets = null;
        if (hasAssets) {
            assets = new ArrayList<>();
            for (SchemeInputs a : in.items("assets")) {
                assets.add(new InvestmentDeduction.Asset(a.text("description"), a.decimal("amount_excl_vat_eur"),
                        a.decimalOrZero("vat_eur"), AssetCategory.fromCode(a.text("category")),
                        Boolean.TRUE.equals(a.bool("professional_passenger_transport"))));
            }
        }
        return new InvestmentDeduction.Input(assets, hasTotal ? in.decimal("investment_total_eur") : null,
                !Boolean.FALSE.equals(in.bool("vat_deductible")), shares);
    }

    private static InputField categoryField() {
        InputField.Builder field = InputField.of("category", InputType.CHOICE).defaultValue("other")
                .label("Soort bedrijfsmiddel")
                .help("Woningen, grond, dieren, pleziervaartuigen, effecten, vorderingen, goodwill, publiekrechtelijke "
                        + "vergunningen en de andere uitgesloten soorten geven geen investeringsaftrek.");
        for (AssetCategory c : AssetCategory.values()) {
            field.option(c.code(), label(c));
        }
        return field.build();
    }

    private static String label(AssetCategory c) {
        return switch (c) {
            case OTHER -> "Ander bedrijfsmiddel";
            case PASSENGER_CAR -> "Personenauto";
            case HOME -> "Woning";
            case LAND -> "Grond";
            case ANIMALS -> "Dieren";
            case PLEASURE_BOAT -> "Pleziervaartuig";
            case SECURITIES -> "Effecten";
            case RECEIVABLES -> "Vorderingen";
            case GOODWILL -> "Goodwill";
            case PUBLIC_PERMIT -> "Publiekrechtelijke vergunning";
            case MAINLY_RENTED_OUT -> "Voor 70% of meer verhuurd";
            case USED_ABROAD -> "Gebruikt in het buitenland";
            case MOVED_FROM_PRIVATE -> "Van privé overgebracht";
            case BOUGHT_FROM_RELATIVE -> "Gekocht van huisgenoot of familie in rechte lijn";
            case BOUGHT_FROM_OWN_COMPANY -> "Gekocht van eigen bv";
        };
    }
}
