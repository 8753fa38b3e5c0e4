package eu.ondernemerscheck.domain.proposals;

import eu.ondernemerscheck.domain.rules.InputField;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;

import java.util.List;
import java.util.Objects;

/** One step of a client's check: one scheme of the catalogue and the inputs the client is asked, in catalogue order. */
public record CheckStep(SchemeDefinition definition, List<InputField> questions) {

    public CheckStep {
        Objects.requireNonNull(definition, "definition");
        questions = List.copyOf(questions);
    }

    public String scheme() {
        return definition.id();
    }

    public boolean asks(String input) {
        return questions.stream().anyMatch(q -> q.name().equals(input));
    }
}
