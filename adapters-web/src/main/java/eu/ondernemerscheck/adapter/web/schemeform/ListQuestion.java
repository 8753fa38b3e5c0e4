package eu.ondernemerscheck.adapter.web.schemeform;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.ondernemerscheck.domain.rules.InputField;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list input of a scheme (the KIA's assets, a revision's investment goods) as rows of the item fields, with a button
 * to add a row and one to remove each. A row with a typing error keeps what was typed and makes the whole list wait;
 * an engine error about {@code [2].amount} shows beside that field of the third row.
 */
public final class ListQuestion extends Composite<Div> {

    private static final Pattern ITEM = Pattern.compile("^\\[(\\d+)]\\.?(.*)$");

    private final InputField input;
    private final FormBundle texts;
    private final Runnable onChange;
    private final Div rowsArea = new Div();
    private final Span label = new Span();
    private final Span errorText = new Span();
    private final List<Row> rows = new ArrayList<>();
    final Button add;

    /** One row: its questions by item field. */
    public record Row(Div component, List<Question> questions) {
        public Question question(String name) {
            return questions.stream().filter(q -> q.input().name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no item field " + name));
        }
    }

    ListQuestion(InputField input, List<?> initial, FormBundle texts, Runnable onChange) {
        this.input = input;
        this.texts = texts;
        this.onChange = onChange;
        Div root = getContent();
        root.addClassName("oc-list-question");
        label.setText(input.label());
        label.addClassName("oc-list-label");
        Div help = new Div();
        help.addClassName("oc-muted");
        help.setText(input.help());
        errorText.addClassName("oc-problem");
        errorText.setVisible(false);
        add = new Button(texts.get("list.add"), e -> {
            addRow(Map.of());
            onChange.run();
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        rowsArea.addClassName("oc-list-rows");
        root.add(label, help, rowsArea, errorText, add);
        for (Object item : initial) {
            addRow(item instanceof Map<?, ?> m ? m : Map.of());
        }
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Adds an empty row, as the "add" button does. */
    public Row addRow() {
        Row row = addRow(Map.of());
        onChange.run();
        return row;
    }

    private Row addRow(Map<?, ?> values) {
        Div component = new Div();
        component.addClassName("oc-list-row");
        List<Question> questions = new ArrayList<>();
        for (InputField field : input.itemFields()) {
            Question q = Question.of(field, values.get(field.name()), texts, onChange);
            questions.add(q);
            component.add(q.component());
        }
        Row row = new Row(component, questions);
        Button remove = new Button(texts.get("list.remove"), e -> {
            rows.remove(row);
            rowsArea.remove(component);
            onChange.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        component.add(remove);
        rows.add(row);
        rowsArea.add(component);
        return row;
    }

    Question.Answer answer() {
        if (rows.isEmpty()) {
            return Question.Answer.BLANK;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        String typing = null;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            for (Question q : rows.get(i).questions()) {
                Question.Answer a = q.answer();
                if (a.typingError() != null) {
                    q.showError(a.typingError());
                    typing = typing == null ? texts.get("list.row.invalid", i + 1) : typing;
                } else {
                    q.clearError();
                    if (a.value() != null) {
                        item.put(q.input().name(), a.value());
                    }
                }
            }
            out.add(item);
        }
        return typing != null ? new Question.Answer(null, typing) : new Question.Answer(out, null);
    }

    void showError(String message) {
        errorText.setText(message);
        errorText.setVisible(true);
    }

    /** {@code rest} is the engine's path after the input name: {@code [0].amount_excl_vat_eur} or {@code [0]}. */
    void showError(String rest, String message) {
        Matcher m = ITEM.matcher(rest);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            if (index < rows.size()) {
                Row row = rows.get(index);
                for (Question q : row.questions()) {
                    if (q.input().name().equals(m.group(2))) {
                        q.showError(message);
                        return;
                    }
                }
                showError(texts.get("list.row.invalid", index + 1) + " " + message);
                return;
            }
        }
        showError(message);
    }

    void clearErrors() {
        errorText.setVisible(false);
        errorText.setText("");
    }

    Optional<String> error() {
        if (errorText.isVisible()) {
            return Optional.of(errorText.getText());
        }
        for (Row row : rows) {
            for (Question q : row.questions()) {
                Optional<String> e = q.error();
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }
}
