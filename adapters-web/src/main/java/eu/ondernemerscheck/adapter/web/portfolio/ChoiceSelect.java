package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A drop-down of a few fixed choices for the portfolio's filters. The browser's {@code <vaadin-select>} draws the
 * choices from one list property, so an open portfolio keeps no component per choice on the server: the general
 * {@code Select} keeps a list box and, for every choice, an item with its text, which was a large part of what each
 * open portfolio held (issue 8, docs/performance.md). The web component reads the value of an item without one from
 * its text, so every choice has a non-empty value.
 */
@Tag("vaadin-select")
class ChoiceSelect extends AbstractSinglePropertyField<ChoiceSelect, String> implements HasLabel {

    /** One choice as the web component reads it from its {@code items} property. */
    record Choice(String label, String value) {
    }

    private final Map<String, String> labels = new LinkedHashMap<>();

    /**
     * @param choices value to label, in the order offered
     * @param initial the value chosen until another is set, one of the choices
     */
    ChoiceSelect(String label, Map<String, String> choices, String initial) {
        super("value", initial, false);
        setLabel(label);
        List<Choice> items = new ArrayList<>(choices.size());
        choices.forEach((value, text) -> {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("a choice needs a value: " + text);
            }
            labels.put(value, text);
            items.add(new Choice(text, value));
        });
        if (!labels.containsKey(initial)) {
            throw new IllegalArgumentException("not one of the choices: " + initial);
        }
        getElement().setPropertyList("items", items);
        getElement().setProperty("value", initial);
    }

    /** True when the value is one of the choices. */
    boolean offers(String value) {
        return labels.containsKey(value);
    }

    /** The text shown for the chosen value. */
    Optional<String> selectedLabel() {
        return Optional.ofNullable(labels.get(getValue()));
    }

    /** Chooses the choice shown with this text. */
    void pick(String label) {
        setValue(labels.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no choice " + label)));
    }

    @Override
    public void setValue(String value) {
        if (!offers(value)) {
            throw new IllegalArgumentException("not one of the choices: " + value);
        }
        super.setValue(value);
    }

    /** A value the browser sends that is not one of the choices (a forged request) leaves the choice as it was. */
    @Override
    protected void setModelValue(String value, boolean fromClient) {
        if (offers(value)) {
            super.setModelValue(value, fromClient);
        } else {
            getElement().setProperty("value", getValue());
        }
    }
}
