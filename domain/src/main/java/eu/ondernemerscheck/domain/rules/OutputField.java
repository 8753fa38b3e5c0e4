package eu.ondernemerscheck.domain.rules;

import java.util.Objects;

/** One output of a scheme: its API name, what kind of value it is, and the Dutch label the screens show. */
public record OutputField(String name, Kind kind, String label) {

    public OutputField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? name : label;
    }

    public enum Kind {
        MONEY, FRACTION, NUMBER, INTEGER, BOOLEAN, DATE, TEXT, LIST
    }

    public static OutputField of(String name, Kind kind, String label) {
        return new OutputField(name, kind, label);
    }
}
