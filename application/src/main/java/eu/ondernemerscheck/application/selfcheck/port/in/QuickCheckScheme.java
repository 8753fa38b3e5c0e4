package eu.ondernemerscheck.application.selfcheck.port.in;

import eu.ondernemerscheck.domain.rules.InputField;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;

import java.util.List;

/**
 * One scheme of the quick check: its catalogue definition, the few of its inputs the quick check asks (in the
 * catalogue's order, with the catalogue's labels, help, options and defaults), and the status of the check year's
 * rates (null when that year has none).
 */
public record QuickCheckScheme(SchemeDefinition definition, List<InputField> questions, RateStatus yearStatus) {
    public QuickCheckScheme {
        questions = List.copyOf(questions);
    }

    public String id() {
        return definition.id();
    }
}
