package eu.ondernemerscheck.adapter.web.schemeform;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.shared.HasValidationProperties;
import eu.ondernemerscheck.domain.rules.InputField;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A choice among more than three options as a drop-down: the same {@code vaadin-select} web component as Vaadin's
 * {@code Select}, but the options travel as one list property ({@code items}) and the browser builds their items,
 * where {@code Select} keeps a component and a text node per option on the server for as long as the page is open
 * (a Belgian quick check has 26 options in three drop-downs; docs/performance.md, live heap per open quick check).
 * Opening, choosing with the arrow keys or the first letter, the full-width list on a phone and the label shown for
 * the chosen option are the web component's own, so they do not change. Errors are shown by the server, as for the
 * other questions, so the browser's own check of a required field is switched off ({@code manualValidation}).
 */
@Tag("vaadin-select")
public final class OptionSelect extends AbstractSinglePropertyField<OptionSelect, InputField.Option>
        implements HasLabel, HasHelper, HasValidationProperties, Focusable<OptionSelect> {

    /** The options of one catalogue input as the browser gets them. */
    private record Offer(List<InputField.Option> options, boolean emptyAllowed) {
    }

    /**
     * One list per catalogue input for every open form: the options come from the catalogue and do not change while
     * the application runs, and nothing writes to a list once it is built, so every page can send the same one.
     */
    private static final Map<Offer, ArrayNode> ITEMS = new ConcurrentHashMap<>();

    private final List<InputField.Option> options;

    OptionSelect(String label, List<InputField.Option> options, boolean emptyAllowed) {
        super("value", null, String.class, (select, key) -> select.option(key),
                (select, option) -> option == null ? "" : option.value());
        this.options = List.copyOf(options);
        setLabel(label);
        getElement().setProperty("manualValidation", true);
        getElement().setPropertyJson("items", ITEMS.computeIfAbsent(new Offer(this.options, emptyAllowed),
                OptionSelect::items));
    }

    private static ArrayNode items(Offer offer) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode(offer.options().size() + 1);
        if (offer.emptyAllowed()) {
            // an empty first item lets the choice be undone, as Select's empty selection does
            items.addObject().put("label", "").put("value", "");
        }
        for (InputField.Option option : offer.options()) {
            items.addObject().put("label", option.label()).put("value", option.value());
        }
        return items;
    }

    /** The options offered, in order. */
    public List<InputField.Option> options() {
        return options;
    }

    private InputField.Option option(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return options.stream().filter(o -> o.value().equals(value)).findFirst().orElse(null);
    }
}
