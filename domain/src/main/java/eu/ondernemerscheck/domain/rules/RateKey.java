package eu.ondernemerscheck.domain.rules;

import java.util.Objects;

/**
 * Names one rate parameter, for example {@code kia.fixed}, optionally narrowed by a category, for example
 * {@code vaa.reference_co2} for {@code diesel}. The category is empty when the parameter has none.
 */
public record RateKey(String parameter, String category) implements Comparable<RateKey> {

    public RateKey {
        Objects.requireNonNull(parameter, "parameter");
        category = category == null ? "" : category;
        if (parameter.isBlank()) {
            throw new IllegalArgumentException("a rate parameter has a name");
        }
    }

    public static RateKey of(String parameter) {
        return new RateKey(parameter, "");
    }

    public static RateKey of(String parameter, String category) {
        return new RateKey(parameter, category);
    }

    @Override
    public int compareTo(RateKey o) {
        int c = parameter.compareTo(o.parameter);
        return c != 0 ? c : category.compareTo(o.category);
    }

    @Override
    public String toString() {
        return category.isEmpty() ? parameter : parameter + "[" + category + "]";
    }
}
