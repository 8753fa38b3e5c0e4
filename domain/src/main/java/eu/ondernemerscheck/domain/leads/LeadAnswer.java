package eu.ondernemerscheck.domain.leads;

import java.util.Objects;

/** One answer of the quick check: the scheme, the input's API name and the value as the engine reads it. */
public record LeadAnswer(String scheme, String input, String value) {
    public LeadAnswer {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(value, "value");
    }
}
