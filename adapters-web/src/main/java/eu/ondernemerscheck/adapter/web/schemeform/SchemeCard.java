package eu.ondernemerscheck.adapter.web.schemeform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.ondernemerscheck.application.rates.port.in.CalculateCommand;
import eu.ondernemerscheck.application.rates.port.in.CalculateUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheckScheme;
import eu.ondernemerscheck.domain.leads.FigureText;
import eu.ondernemerscheck.domain.rules.ExplanationStep;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.OutputField;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.Source;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scheme of a scheme form: its questions, its figure computed on every answer, a notice when the rates are
 * provisional, and "how is this computed" with the explanation steps, the scheme's legal sources and the rate version.
 * An error shows beside the field it is about (or under the figure when it is about the scheme), and what was typed is
 * never touched. The quick check asks a few scalar inputs; the accountant's form asks all of them, lists included.
 * <p>
 * The lines under the figure (provisional notice, problem, notes, "how is this computed") exist only while they have
 * something to show: every component of an open form is kept on the server for as long as the page is open, and most
 * of these lines are empty most of the time (docs/performance.md, live heap per open quick check).
 */
public final class SchemeCard extends Composite<Div> {

    private final QuickCheckScheme scheme;
    private final int year;
    private final CalculateUseCase calculations;
    private final FormBundle texts;
    private final List<Question> questions = new ArrayList<>();
    private final OutputField primary;

    public final Span figure = new Span();
    private final Div result;
    private Span provisional;
    private Paragraph problem;
    private Paragraph notes;
    private Details explanation;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private Outcome outcome;

    SchemeCard(QuickCheckScheme scheme, int year, CalculateUseCase calculations, FormBundle texts,
               Map<String, Object> prefilled) {
        this(scheme, year, calculations, texts, prefilled, false);
    }

    SchemeCard(QuickCheckScheme scheme, int year, CalculateUseCase calculations, FormBundle texts,
               Map<String, Object> prefilled, boolean withLists) {
        this.scheme = scheme;
        this.year = year;
        this.calculations = calculations;
        this.texts = texts;
        this.primary = scheme.definition().outputs().stream()
                .filter(o -> o.name().equals(scheme.definition().primaryOutput())).findFirst()
                .orElse(scheme.definition().outputs().getFirst());
        Div root = getContent();
        root.addClassName("oc-scheme");
        root.getElement().setAttribute("data-scheme", scheme.id());
        H3 title = new H3(scheme.definition().title());
        Paragraph summary = new Paragraph(scheme.definition().summary());
        summary.addClassName("oc-muted");
        Div fields = new Div();
        fields.addClassName("oc-questions");
        for (var input : scheme.questions()) {
            if (!withLists && !Question.canAsk(input)) {
                continue;
            }
            Question q = Question.of(input, prefilled.get(input.name()), texts, this::changed);
            questions.add(q);
            fields.add(q.component());
        }
        figure.addClassName("oc-figure");
        result = new Div(new Text(primary.label() + ": "), figure);
        result.addClassName("oc-result");
        result.getElement().setAttribute("aria-live", "polite");
        root.add(title, summary, fields, result);
        recompute();
    }

    public String schemeId() {
        return scheme.id();
    }

    public List<Question> questions() {
        return questions;
    }

    public Question question(String input) {
        return questions.stream().filter(q -> q.input().name().equals(input)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no question " + input + " in " + scheme.id()));
    }

    /** The notice that the figure rests on provisional rates; there only while it does. */
    public Optional<Span> provisional() {
        return Optional.ofNullable(provisional);
    }

    /** Why there is no figure, or an error a save reported about the scheme as a whole; there only while it applies. */
    public Optional<Paragraph> problem() {
        return Optional.ofNullable(problem);
    }

    /** The engine's remarks on the figure (other than the provisional rates); there only while it has some. */
    public Optional<Paragraph> notes() {
        return Optional.ofNullable(notes);
    }

    /** "How is this computed", there while a figure is shown: without a figure there is nothing to explain. */
    public Optional<Details> explanation() {
        return Optional.ofNullable(explanation);
    }

    /** The outcome shown now; empty while an answer is missing or wrong. */
    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** Whether every answer can be read (no typing error waits to be corrected). */
    public boolean readable() {
        return questions.stream().allMatch(q -> q.answer().typingError() == null);
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        recompute();
        changeListeners.forEach(Runnable::run);
    }

    /** The answers that are valid values now, by input name, as the engine reads them. */
    public Map<String, Object> answers() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Question q : questions) {
            Question.Answer a = q.answer();
            if (a.value() != null) {
                out.put(q.input().name(), a.value());
            }
        }
        return out;
    }

    public void recompute() {
        Map<String, Object> given = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        boolean typingError = false;
        for (Question q : questions) {
            Question.Answer a = q.answer();
            if (a.typingError() != null) {
                q.showError(a.typingError());
                typingError = true;
            } else {
                q.clearError();
                if (a.value() != null) {
                    given.put(q.input().name(), a.value());
                } else if (q.input().required()) {
                    missing.add(q.input().label());
                }
            }
        }
        if (typingError) {
            notComputed(texts.get("scheme.fix"));
            return;
        }
        if (!missing.isEmpty()) {
            notComputed(texts.get("scheme.missing", String.join(", ", missing)));
            return;
        }
        try {
            show(calculations.calculate(new CalculateCommand(scheme.id(), year, given)));
        } catch (InvalidInputException e) {
            List<String> general = new ArrayList<>();
            for (FieldError error : e.errors()) {
                Question q = questionFor(error.field());
                if (q != null) {
                    String path = error.field().startsWith("inputs.") ? error.field().substring(7) : error.field();
                    q.showError(path, error.message());
                } else {
                    general.add(error.message());
                }
            }
            notComputed(general.isEmpty() ? texts.get("scheme.fix") : String.join(" ", general));
        } catch (MissingRateException e) {
            notComputed(e.getMessage());
        }
    }

    /**
     * Shows an error the save reported about {@code path} (an input name, or a path into a list such as
     * {@code assets[0].amount_excl_vat_eur}) beside that input; an error about the scheme as a whole under the figure.
     */
    public void showError(String path, String message) {
        Question q = path.isEmpty() ? null : questionFor(path);
        if (q != null) {
            q.showError(path, message);
        } else {
            showProblem(message);
        }
    }

    private Question questionFor(String field) {
        String name = field.startsWith("inputs.") ? field.substring("inputs.".length()) : field;
        for (Question q : questions) {
            if (name.equals(q.input().name()) || name.startsWith(q.input().name() + ".")
                    || name.startsWith(q.input().name() + "[")) {
                return q;
            }
        }
        return null;
    }

    private void show(Outcome computed) {
        outcome = computed;
        figure.setText(FigureText.format(primary, computed.output(primary.name())));
        showProvisional(computed.status() == RateStatus.PROVISIONAL);
        showProblem(null);
        // the provisional notice above already says what the engine's provisional-rate warning says
        List<String> other = computed.warnings().stream().filter(w -> !w.toLowerCase(java.util.Locale.ROOT)
                .contains("voorlopig")).toList();
        showNotes(String.join(" ", other));
        if (explanation == null) {
            explanation = new Details();
            explanation.setSummary(new Text(texts.get("scheme.how")));
            explanation.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    fillExplanation();
                } else {
                    explanation.removeAll();
                }
            });
            getContent().add(explanation);
        } else if (explanation.isOpened()) {
            fillExplanation();
        }
    }

    private void notComputed(String why) {
        outcome = null;
        figure.setText("–");
        showProvisional(false);
        showProblem(why);
        showNotes("");
        if (explanation != null) {
            getContent().remove(explanation);
            explanation = null;
        }
    }

    private void showProvisional(boolean shown) {
        if (shown && provisional == null) {
            provisional = new Span(texts.get("scheme.provisional"));
            provisional.addClassName("oc-provisional");
            placeUnderFigure(provisional);
        } else if (!shown && provisional != null) {
            getContent().remove(provisional);
            provisional = null;
        }
    }

    /** Shows {@code why} under the figure; {@code null} takes the problem away. */
    private void showProblem(String why) {
        if (why == null) {
            if (problem != null) {
                getContent().remove(problem);
                problem = null;
            }
            return;
        }
        if (problem == null) {
            problem = new Paragraph();
            problem.addClassName("oc-problem");
            placeUnderFigure(problem);
        }
        problem.setText(why);
    }

    private void showNotes(String text) {
        if (text.isEmpty()) {
            if (notes != null) {
                getContent().remove(notes);
                notes = null;
            }
            return;
        }
        if (notes == null) {
            notes = new Paragraph();
            notes.addClassName("oc-muted");
            placeUnderFigure(notes);
        }
        notes.setText(text);
    }

    /** Keeps the lines under the figure in one order: provisional notice, problem, notes, then the explanation. */
    private void placeUnderFigure(Component line) {
        int at = getContent().indexOf(result) + 1;
        for (Component before : new Component[] {provisional, problem, notes}) {
            if (before == line) {
                break;
            }
            if (before != null) {
                at++;
            }
        }
        getContent().addComponentAtIndex(at, line);
    }

    /** Built only while open, so an open check keeps no explanation components it does not show. */
    private void fillExplanation() {
        explanation.removeAll();
        if (outcome == null) {
            return;
        }
        OrderedList steps = new OrderedList();
        steps.addClassName("oc-steps");
        for (ExplanationStep step : outcome.explanation()) {
            ListItem item = new ListItem();
            item.add(new Span(step.step()));
            if (!step.value().isEmpty()) {
                Span value = new Span(step.value());
                value.addClassName("oc-step-value");
                item.add(value);
            }
            if (!step.reference().isEmpty()) {
                Span reference = new Span(step.reference());
                reference.addClassName("oc-muted");
                reference.addClassName("oc-step-reference");
                item.add(reference);
            }
            steps.add(item);
        }
        Paragraph rates = new Paragraph(texts.get(outcome.status() == RateStatus.PROVISIONAL
                ? "scheme.rates.provisional" : "scheme.rates.confirmed", outcome.rateVersion(), year));
        rates.addClassName("oc-rate-version");
        explanation.add(steps, rates);
        if (!scheme.definition().references().isEmpty()) {
            UnorderedList sources = new UnorderedList();
            sources.addClassName("oc-sources");
            for (Source source : scheme.definition().references()) {
                Anchor link = new Anchor(source.url(), source.title());
                link.setTarget(AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                sources.add(new ListItem(link));
            }
            explanation.add(new Paragraph(texts.get("scheme.sources")), sources);
        }
    }
}
