package eu.ondernemerscheck.domain.rules;

import java.util.List;
import java.util.Objects;

/**
 * What a scheme is, for every screen and the API alike: identifier, country, Dutch title and summary, the meaning of
 * {@code year} for it, its inputs and outputs, and its legal or official references.
 *
 * @param primaryOutput the output that best sums the scheme up in a single figure (portfolio, quick check)
 */
public record SchemeDefinition(String id, Country country, String title, String summary, String yearMeaning,
                               List<InputField> inputs, List<OutputField> outputs, List<Source> references,
                               String primaryOutput) {

    public SchemeDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        yearMeaning = yearMeaning == null ? "" : yearMeaning;
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        references = List.copyOf(references);
        if (primaryOutput != null && outputs.stream().noneMatch(o -> o.name().equals(primaryOutput))) {
            throw new IllegalArgumentException(id + ": primary output " + primaryOutput + " is not an output");
        }
    }

    public InputField input(String name) {
        for (InputField f : inputs) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
