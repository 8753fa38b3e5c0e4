package eu.ondernemerscheck.adapter.web.schemeform;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import eu.ondernemerscheck.application.rates.port.in.CalculateUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheck;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheckScheme;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;
import eu.ondernemerscheck.domain.shared.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questions of a check grouped by scheme, each scheme's figure updated as the answers change. Usable on its own:
 * start it with earlier answers (scheme id → input name → value, as the engine reads them) and give it a save action,
 * and it serves a signed-in client's check as well as the anonymous one. {@link #allInputs} asks every input of every
 * scheme, lists included, for the accountant's record of a client's year.
 */
public final class Questionnaire extends Composite<Div> {

    private final QuickCheck check;
    private final List<SchemeCard> cards = new ArrayList<>();
    private Button save;

    public Questionnaire(QuickCheck check, CalculateUseCase calculations, FormTexts texts,
                         Map<String, Map<String, Object>> prefilled) {
        this(check, calculations, texts, prefilled, false);
    }

    private Questionnaire(QuickCheck check, CalculateUseCase calculations, FormTexts texts,
                          Map<String, Map<String, Object>> prefilled, boolean withLists) {
        this.check = check;
        FormBundle bundle = FormBundle.of(texts);
        Div root = getContent();
        root.addClassName("oc-questionnaire");
        for (QuickCheckScheme scheme : check.schemes()) {
            SchemeCard card = new SchemeCard(scheme, check.year(), calculations, bundle,
                    prefilled.getOrDefault(scheme.id(), Map.of()), withLists);
            cards.add(card);
            root.add(card);
        }
    }

    /**
     * Every input of each of {@code schemes} (in the catalogue's order), computed for {@code year}; the accountant's
     * form of a client's facts.
     */
    public static Questionnaire allInputs(Country country, int year, List<SchemeDefinition> schemes,
                                          CalculateUseCase calculations, FormTexts texts,
                                          Map<String, Map<String, Object>> prefilled) {
        List<QuickCheckScheme> all = schemes.stream()
                .map(d -> new QuickCheckScheme(d, d.inputs(), null)).toList();
        return new Questionnaire(new QuickCheck(country, year, all), calculations, texts, prefilled, true);
    }

    public QuickCheck check() {
        return check;
    }

    public List<SchemeCard> cards() {
        return cards;
    }

    /** Calls {@code listener} after any answer changed and its scheme was recomputed. */
    public void addChangeListener(Runnable listener) {
        cards.forEach(c -> c.addChangeListener(listener));
    }

    /** Whether every answer can be read (no typing error waits to be corrected). */
    public boolean readable() {
        return cards.stream().allMatch(SchemeCard::readable);
    }

    /**
     * Shows each error a save reported ({@code scheme.input} or {@code scheme}) beside its field, keeping what was
     * typed; returns the errors that belong to no scheme of this form.
     */
    public List<FieldError> showErrors(List<FieldError> errors) {
        List<FieldError> rest = new ArrayList<>();
        for (FieldError error : errors) {
            int dot = error.field().indexOf('.');
            String scheme = dot < 0 ? error.field() : error.field().substring(0, dot);
            String path = dot < 0 ? "" : error.field().substring(dot + 1);
            cards.stream().filter(c -> c.schemeId().equals(scheme)).findFirst()
                    .ifPresentOrElse(c -> c.showError(path, error.message()), () -> rest.add(error));
        }
        return rest;
    }

    public SchemeCard card(String schemeId) {
        return cards.stream().filter(c -> c.schemeId().equals(schemeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scheme " + schemeId + " in this check"));
    }

    /** Every valid answer now, per scheme; answers still being corrected are left out. */
    public Map<String, Map<String, Object>> answers() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (SchemeCard card : cards) {
            Map<String, Object> answers = card.answers();
            if (!answers.isEmpty()) {
                out.put(card.schemeId(), answers);
            }
        }
        return out;
    }

    /** Adds a save button that hands the current answers to {@code action}; for a signed-in client's check. */
    public void onSave(String caption, SerializableConsumer<Map<String, Map<String, Object>>> action) {
        if (save == null) {
            save = new Button(caption);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getContent().add(save);
        }
        save.setText(caption);
        save.addClickListener(e -> action.accept(answers()));
    }
}
