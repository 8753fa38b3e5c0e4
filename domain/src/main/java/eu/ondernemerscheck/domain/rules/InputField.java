package eu.ondernemerscheck.domain.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One input of a scheme: its API name, type, whether it is required, its default, the Dutch label and help text the
 * screens show, the options of a choice, the range of a number, and the fields of each item of a list.
 *
 * @param defaultValue the value used when the input is left out: a BigDecimal, Boolean, String or null
 */
public record InputField(String name, InputType type, boolean required, Object defaultValue, String label,
                         String help, List<Option> options, BigDecimal min, BigDecimal max, List<InputField> itemFields) {

    public InputField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        label = label == null ? name : label;
        help = help == null ? "" : help;
        options = options == null ? List.of() : List.copyOf(options);
        itemFields = itemFields == null ? List.of() : List.copyOf(itemFields);
        if (type == InputType.CHOICE && options.isEmpty()) {
            throw new IllegalArgumentException(name + ": a choice has options");
        }
    }

    /** A selectable value and how it is shown. */
    public record Option(String value, String label) {
    }

    public static Builder of(String name, InputType type) {
        return new Builder(name, type);
    }

    public boolean isChoiceOption(String value) {
        for (Option o : options) {
            if (o.value().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Builds the immutable field; only what differs from the defaults needs saying. */
    public static final class Builder {
        private final String name;
        private final InputType type;
        private boolean required;
        private Object defaultValue;
        private String label;
        private String help;
        private List<Option> options = List.of();
        private BigDecimal min;
        private BigDecimal max;
        private List<InputField> itemFields = List.of();

        private Builder(String name, InputType type) {
            this.name = name;
            this.type = type;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder defaultValue(Object value) {
            this.defaultValue = value;
            return this;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder help(String help) {
            this.help = help;
            return this;
        }

        public Builder options(List<Option> options) {
            this.options = options;
            return this;
        }

        public Builder option(String value, String label) {
            List<Option> more = new java.util.ArrayList<>(options);
            more.add(new Option(value, label));
            this.options = more;
            return this;
        }

        public Builder range(long min, long max) {
            this.min = BigDecimal.valueOf(min);
            this.max = BigDecimal.valueOf(max);
            return this;
        }

        public Builder range(BigDecimal min, BigDecimal max) {
            this.min = min;
            this.max = max;
            return this;
        }

        public Builder items(InputField... fields) {
            this.itemFields = List.of(fields);
            return this;
        }

        public InputField build() {
            return new InputField(name, type, required, defaultValue, label, help, options, min, max, itemFields);
        }
    }
}
