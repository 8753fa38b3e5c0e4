package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.rules.InputField;
import eu.ondernemerscheck.domain.rules.InputType;
import eu.ondernemerscheck.domain.rules.SchemeInputs;
import eu.ondernemerscheck.domain.shared.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The investment goods input shared by {@code nl-kor-revision} and {@code nl-kor-comparison}. */
final class RevisionAssets {

    private RevisionAssets() {
    }

    static InputField field(String name, boolean required) {
        InputField.Builder b = InputField.of(name, InputType.OBJECT_LIST)
                .label("Investeringsgoederen met afgetrokken btw")
                .help("Goederen waarvan u de btw hebt afgetrokken en die nog in hun herzieningsperiode zijn: roerend "
                        + "5 jaar, onroerend 10 jaar, het jaar van ingebruikname meegeteld.")
                .items(InputField.of("description", InputType.TEXT).label("Omschrijving").build(),
                        InputField.of("vat_deducted_eur", InputType.MONEY).required().label("Afgetrokken btw").build(),
                        InputField.of("in_use_from", InputType.DATE).required().label("In gebruik genomen op")
                                .build(),
                        InputField.of("kind", InputType.CHOICE).defaultValue("movable")
                                .option("movable", "Roerend (auto, machine, computer)")
                                .option("real_estate", "Onroerend (gebouw)").label("Soort").build());
        return (required ? b.required() : b).build();
    }

    /** The goods, with an error for every one put into use after the KOR started. */
    static List<KorRevision.Asset> parse(SchemeInputs in, String name, LocalDate korStart, List<FieldError> errors) {
        List<KorRevision.Asset> assets = new ArrayList<>();
        for (SchemeInputs a : in.items(name)) {
            LocalDate inUse = a.date("in_use_from");
            if (korStart != null && inUse.isAfter(korStart)) {
                errors.add(new FieldError(a.path("in_use_from"), "Dit goed is pas na de start van de KOR (" + korStart
                        + ") in gebruik genomen; in de KOR trekt u geen btw af, dus er valt niets te herzien. Laat "
                        + "het weg."));
            }
            assets.add(new KorRevision.Asset(a.text("description"), a.decimal("vat_deducted_eur"), inUse,
                    AssetKind.fromCode(a.text("kind"))));
        }
        return assets;
    }

    /** The KOR starts at the start of a return period, so always on the first day of a month. */
    static void checkPeriodStart(SchemeInputs in, String name, LocalDate start, List<FieldError> errors) {
        if (start != null && start.getDayOfMonth() != 1) {
            errors.add(new FieldError(in.path(name), "De KOR begint altijd op de eerste dag van een aangiftetijdvak "
                    + "(maand of kwartaal), niet op " + start + "."));
        }
    }
}
