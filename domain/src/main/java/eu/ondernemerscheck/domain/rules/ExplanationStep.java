package eu.ondernemerscheck.domain.rules;

import java.util.Objects;

/**
 * One step of a calculation a person can follow: what was done, the value it gave, and the legal or official reference
 * behind it (empty where there is none).
 */
public record ExplanationStep(String step, String value, String reference) {
    public ExplanationStep {
        Objects.requireNonNull(step, "step");
        value = value == null ? "" : value;
        reference = reference == null ? "" : reference;
    }
}
