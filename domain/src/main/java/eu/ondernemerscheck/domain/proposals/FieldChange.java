package eu.ondernemerscheck.domain.proposals;

import java.util.List;

/**
 * One input the client proposes to change: {@code key} is {@code scheme.input}; the values as the engine reads them
 * and as a person reads them; and the figures this change alone moves.
 */
public record FieldChange(String key, String scheme, String schemeTitle, String input, String label, Object current,
                          Object proposed, String currentText, String proposedText, List<FigureEffect> effects) {

    public FieldChange {
        effects = List.copyOf(effects);
    }
}
