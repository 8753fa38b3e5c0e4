package eu.ondernemerscheck.adapter.web.schemeform;

import eu.ondernemerscheck.domain.rules.InputField;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The drop-down of a scheme form: its options as one list property, the empty item, the value both ways. */
class OptionSelectTest {

    static final List<InputField.Option> FUELS = List.of(new InputField.Option("petrol", "Benzine"),
            new InputField.Option("diesel", "Diesel"), new InputField.Option("lpg", "LPG"),
            new InputField.Option("electric", "Elektrisch"));

    static JsonNode items(OptionSelect select) {
        return (JsonNode) select.getElement().getPropertyRaw("items");
    }

    @Test
    void anOptionalChoiceStartsItsListWithAnEmptyItemThatClearsTheChoice() {
        OptionSelect optional = new OptionSelect("Brandstof", FUELS, true);

        assertThat(items(optional).size()).isEqualTo(FUELS.size() + 1);
        assertThat(items(optional).get(0).get("label").asString()).isEmpty();
        assertThat(items(optional).get(0).get("value").asString()).isEmpty();
        assertThat(items(optional).get(2).get("label").asString()).isEqualTo("Diesel");

        optional.getElement().setProperty("value", "diesel");
        assertThat(optional.getValue()).isEqualTo(FUELS.get(1));
        optional.getElement().setProperty("value", "");
        assertThat(optional.getValue()).isNull();
    }

    @Test
    void aRequiredChoiceHasNoEmptyItemAndShowsTheValueSetOnTheServer() {
        OptionSelect required = new OptionSelect("Brandstof", FUELS, false);

        assertThat(items(required).size()).isEqualTo(FUELS.size());
        required.setValue(FUELS.get(3));
        assertThat(required.getElement().getProperty("value")).isEqualTo("electric");
        assertThat(required.getLabel()).isEqualTo("Brandstof");
        assertThat(required.getElement().getProperty("manualValidation", false))
                .as("errors are shown by the server").isTrue();
    }

    @Test
    void everyDropDownOfTheSameOptionsSendsTheSameList() {
        assertThat(items(new OptionSelect("Brandstof", FUELS, false)))
                .isSameAs(items(new OptionSelect("Brandstof", List.copyOf(FUELS), false)))
                .isNotSameAs(items(new OptionSelect("Brandstof", FUELS, true)));
    }
}
