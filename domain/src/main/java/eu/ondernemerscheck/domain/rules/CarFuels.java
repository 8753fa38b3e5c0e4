package eu.ondernemerscheck.domain.rules;

import java.util.List;

/**
 * The fuels a Belgian car scheme asks for, as calculation-api.md names them ("fuel (as above)"): one list for the
 * company-car benefit and the car-cost deductibility alike.
 */
public final class CarFuels {

    private static final List<InputField.Option> OPTIONS = List.of(
            new InputField.Option("petrol", "Benzine"),
            new InputField.Option("diesel", "Diesel"),
            new InputField.Option("lpg", "LPG"),
            new InputField.Option("cng", "Aardgas (CNG)"),
            new InputField.Option("electric", "Elektrisch"),
            new InputField.Option("hydrogen", "Waterstof"),
            new InputField.Option("hybrid_petrol", "Hybride benzine"),
            new InputField.Option("hybrid_diesel", "Hybride diesel"),
            new InputField.Option("plugin_hybrid_petrol", "Plug-in hybride benzine"),
            new InputField.Option("plugin_hybrid_diesel", "Plug-in hybride diesel"));

    private CarFuels() {
    }

    public static List<InputField.Option> options() {
        return OPTIONS;
    }
}
