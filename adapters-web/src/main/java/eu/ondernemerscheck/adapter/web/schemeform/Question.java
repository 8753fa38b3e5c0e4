package eu.ondernemerscheck.adapter.web.schemeform;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import eu.ondernemerscheck.domain.rules.InputField;
import eu.ondernemerscheck.domain.rules.InputType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question of a scheme form, generated from a catalogue input: a text field that reads Dutch numbers for
 * amounts and other numbers, a checkbox for yes/no, radio buttons or a drop-down ({@link OptionSelect}) for a choice
 * (with the options' labels), a date picker in Dutch notation for dates and months, percentages separated by semicolons for a list of
 * shares, and rows of item fields for a list of objects (assets, cars). It reads the answer as the engine wants it and
 * shows an error beside itself without ever touching what was typed.
 */
public final class Question implements Serializable {

    /** What a question holds now: nothing, a value for the engine, or text that is not yet a valid answer. */
    public record Answer(Object value, String typingError) implements Serializable {
        public static final Answer BLANK = new Answer(null, null);

        public boolean isBlank() {
            return value == null && typingError == null;
        }
    }

    private final InputField input;
    private final Component component;
    private final Reader reader;

    @FunctionalInterface
    private interface Reader extends Serializable {
        Answer read();
    }

    private Question(InputField input, Component component, Reader reader) {
        this.input = input;
        this.component = component;
        this.reader = reader;
    }

    /** Whether the quick check asks this input: it leaves lists to the accountant's full form. */
    static boolean canAsk(InputField input) {
        return input.type() != InputType.OBJECT_LIST && input.type() != InputType.FRACTION_LIST;
    }

    static Question of(InputField input, Object initial, FormBundle texts, Runnable onChange) {
        Question q = switch (input.type()) {
            case MONEY -> number(input, initial, texts, true, 2, texts.get("question.amount.invalid"));
            case DECIMAL -> number(input, initial, texts, false, 6, texts.get("question.number.invalid"));
            case INTEGER, YEAR -> number(input, initial, texts, false, 0, texts.get("question.integer.invalid"));
            case FRACTION -> percentage(input, initial, texts);
            case BOOLEAN -> yesNo(input, initial);
            case CHOICE -> choice(input, initial);
            case DATE, MONTH, MONTH_OR_DATE -> date(input, initial, texts);
            case TEXT -> text(input, initial);
            case FRACTION_LIST -> shares(input, initial, texts);
            case OBJECT_LIST -> rows(input, initial, texts, onChange);
        };
        if (q.component instanceof HasValue<?, ?> field) {
            field.addValueChangeListener(e -> onChange.run());
        }
        q.component.getElement().setAttribute("data-input", input.name());
        if (q.component instanceof com.vaadin.flow.component.HasHelper h && !input.help().isEmpty()) {
            h.setHelperText(input.help());
        }
        if (q.component instanceof HasValue<?, ?> field) {
            field.setRequiredIndicatorVisible(input.required());
        }
        return q;
    }

    private static Question number(InputField input, Object initial, FormBundle texts, boolean money,
                                   int decimals, String invalid) {
        TextField field = new TextField(input.label());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        field.setClearButtonVisible(true);
        field.addClassName("oc-number");
        field.setAllowedCharPattern("[0-9.,€ ]");
        field.setMaxLength(24);
        if (money) {
            field.setPrefixComponent(new Span("€"));
            field.setPlaceholder("0,00");
        }
        Object start = initial != null ? initial : input.defaultValue();
        if (start instanceof BigDecimal d) {
            field.setValue(DutchNumber.format(d, money));
        } else if (start instanceof Number n) {
            field.setValue(DutchNumber.format(new BigDecimal(n.toString()), money));
        }
        return new Question(input, field, () -> {
            try {
                return DutchNumber.parse(field.getValue(), decimals).<Answer>map(v -> new Answer(v, null))
                        .orElse(Answer.BLANK);
            } catch (IllegalArgumentException e) {
                return new Answer(null, invalid);
            }
        });
    }

    private static Question percentage(InputField input, Object initial, FormBundle texts) {
        TextField field = new TextField(input.label());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setSuffixComponent(new Span("%"));
        field.setAllowedCharPattern("[0-9.,]");
        Object start = initial != null ? initial : input.defaultValue();
        if (start instanceof BigDecimal d) {
            field.setValue(DutchNumber.format(d.movePointRight(2), false));
        }
        String invalid = texts.get("question.percentage.invalid");
        return new Question(input, field, () -> {
            try {
                return DutchNumber.parse(field.getValue(), 4).<Answer>map(v -> new Answer(v.movePointLeft(2), null))
                        .orElse(Answer.BLANK);
            } catch (IllegalArgumentException e) {
                return new Answer(null, invalid);
            }
        });
    }

    private static Question yesNo(InputField input, Object initial) {
        Checkbox box = new Checkbox(input.label());
        Object start = initial != null ? initial : input.defaultValue();
        box.setValue(Boolean.TRUE.equals(start));
        return new Question(input, box, () -> new Answer(box.getValue(), null));
    }

    private static Question choice(InputField input, Object initial) {
        Object start = initial != null ? initial : input.defaultValue();
        InputField.Option selected = input.options().stream().filter(o -> o.value().equals(start)).findFirst()
                .orElse(null);
        AbstractField<?, InputField.Option> field;
        if (input.options().size() <= 3) {
            RadioButtonGroup<InputField.Option> radios = new RadioButtonGroup<>(input.label());
            radios.setItems(input.options());
            radios.setItemLabelGenerator(InputField.Option::label);
            field = radios;
        } else {
            field = new OptionSelect(input.label(), input.options(),
                    !input.required() && input.defaultValue() == null);
        }
        if (selected != null) {
            field.setValue(selected);
        }
        return new Question(input, field, () -> field.getValue() == null ? Answer.BLANK
                : new Answer(field.getValue().value(), null));
    }

    private static Question date(InputField input, Object initial, FormBundle texts) {
        DatePicker picker = new DatePicker(input.label());
        picker.setLocale(texts.dateLocale());
        picker.setI18n(DutchDates.i18n(texts.get("question.date.invalid")));
        picker.setClearButtonVisible(true);
        Object start = initial != null ? initial : input.defaultValue();
        LocalDate startDate = startDate(start);
        if (startDate != null) {
            picker.setValue(startDate);
        }
        return new Question(input, picker, () -> {
            LocalDate d = picker.getValue();
            if (d == null) {
                return Answer.BLANK;
            }
            return new Answer(input.type() == InputType.MONTH ? YearMonth.from(d).toString() : d.toString(), null);
        });
    }

    private static LocalDate startDate(Object start) {
        if (!(start instanceof String s)) {
            return null;
        }
        try {
            return s.length() == 7 ? YearMonth.parse(s).atDay(1) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Question text(InputField input, Object initial) {
        TextField field = new TextField(input.label());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setMaxLength(500);
        if (initial instanceof String s) {
            field.setValue(s);
        }
        return new Question(input, field, () -> field.getValue().isBlank() ? Answer.BLANK
                : new Answer(field.getValue().strip(), null));
    }

    /** Partners' shares as people write them, {@code 50; 50} or {@code 33,33; 66,67}, read as fractions. */
    private static Question shares(InputField input, Object initial, FormBundle texts) {
        TextField field = new TextField(input.label());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setSuffixComponent(new Span("%"));
        field.setAllowedCharPattern("[0-9.,; ]");
        field.setPlaceholder("50; 50");
        if (initial instanceof List<?> list) {
            List<String> shown = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof BigDecimal d) {
                    shown.add(DutchNumber.format(d.movePointRight(2).stripTrailingZeros(), false));
                }
            }
            field.setValue(String.join("; ", shown));
        }
        String invalid = texts.get("question.shares.invalid");
        return new Question(input, field, () -> {
            if (field.getValue().isBlank()) {
                return Answer.BLANK;
            }
            List<BigDecimal> out = new ArrayList<>();
            try {
                for (String part : field.getValue().split(";")) {
                    out.add(DutchNumber.parse(part, 4).orElseThrow(IllegalArgumentException::new).movePointLeft(2));
                }
            } catch (IllegalArgumentException e) {
                return new Answer(null, invalid);
            }
            return new Answer(out, null);
        });
    }

    private static Question rows(InputField input, Object initial, FormBundle texts, Runnable onChange) {
        ListQuestion list = new ListQuestion(input, initial instanceof List<?> l ? l : List.of(), texts, onChange);
        return new Question(input, list, list::answer);
    }

    public InputField input() {
        return input;
    }

    public Component component() {
        return component;
    }

    /** The rows of a list of objects; empty for any other question. */
    public Optional<ListQuestion> rows() {
        return component instanceof ListQuestion l ? Optional.of(l) : Optional.empty();
    }

    public Answer answer() {
        return reader.read();
    }

    /** Shows a plain message beside the field; what was typed stays as it is. */
    public void showError(String message) {
        if (component instanceof HasValidation v) {
            v.setErrorMessage(message);
            v.setInvalid(true);
        } else if (component instanceof ListQuestion l) {
            l.showError(message);
        }
    }

    /** An engine error about {@code path} inside this question ({@code assets[0].amount_excl_vat_eur}). */
    void showError(String path, String message) {
        if (component instanceof ListQuestion l) {
            l.showError(path.substring(input.name().length()), message);
        } else {
            showError(message);
        }
    }

    public void clearError() {
        if (component instanceof HasValidation v && v.isInvalid()) {
            v.setInvalid(false);
            v.setErrorMessage(null);
        } else if (component instanceof ListQuestion l) {
            l.clearErrors();
        }
    }

    public Optional<String> error() {
        if (component instanceof HasValidation v && v.isInvalid()) {
            return Optional.ofNullable(v.getErrorMessage());
        }
        if (component instanceof ListQuestion l) {
            return l.error();
        }
        return Optional.empty();
    }
}
