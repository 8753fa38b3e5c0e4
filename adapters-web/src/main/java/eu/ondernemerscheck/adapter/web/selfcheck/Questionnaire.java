package eu.ondernemerscheck.adapter.web.selfcheck;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import eu.ondernemerscheck.application.rates.port.in.CalculateUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheck;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheckScheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questions of a quick check grouped by scheme, each scheme's figure updated as the answers change. Usable on its
 * own: start it with earlier answers (scheme id → input name → value, as the engine reads them) and give it a save
 * action, and it serves a signed-in client's check as well as the anonymous one.
 */
final class Questionnaire extends Composite<Div> {

    private final QuickCheck check;
    private final List<SchemeCard> cards = new ArrayList<>();
    private Button save;

    Questionnaire(QuickCheck check, CalculateUseCase calculations, SelfCheckTexts texts,
                  Map<String, Map<String, Object>> prefilled) {
        this.check = check;
        Div root = getContent();
        root.addClassName("oc-questionnaire");
        for (QuickCheckScheme scheme : check.schemes()) {
            SchemeCard card = new SchemeCard(scheme, check.year(), calculations, texts,
                    prefilled.getOrDefault(scheme.id(), Map.of()));
            cards.add(card);
            root.add(card);
        }
    }

    QuickCheck check() {
        return check;
    }

    List<SchemeCard> cards() {
        return cards;
    }

    SchemeCard card(String schemeId) {
        return cards.stream().filter(c -> c.schemeId().equals(schemeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scheme " + schemeId + " in this check"));
    }

    /** Every valid answer now, per scheme; answers still being corrected are left out. */
    Map<String, Map<String, Object>> answers() {
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
    void onSave(String caption, SerializableConsumer<Map<String, Map<String, Object>>> action) {
        if (save == null) {
            save = new Button(caption);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getContent().add(save);
        }
        save.setText(caption);
        save.addClickListener(e -> action.accept(answers()));
    }
}
