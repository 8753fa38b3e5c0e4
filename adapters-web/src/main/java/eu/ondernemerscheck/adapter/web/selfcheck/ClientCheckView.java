package eu.ondernemerscheck.adapter.web.selfcheck;

import eu.ondernemerscheck.adapter.web.schemeform.Questionnaire;
import eu.ondernemerscheck.adapter.web.schemeform.SchemeCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.application.proposals.port.in.ClientCheck;
import eu.ondernemerscheck.application.proposals.port.in.ClientCheckUseCase;
import eu.ondernemerscheck.application.proposals.port.in.ExplainedFigure;
import eu.ondernemerscheck.application.proposals.port.in.SaveStepCommand;
import eu.ondernemerscheck.application.proposals.port.in.SubmitProposalCommand;
import eu.ondernemerscheck.application.rates.port.in.CalculateUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheck;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheckScheme;
import eu.ondernemerscheck.domain.proposals.CheckStep;
import eu.ondernemerscheck.domain.proposals.IncompleteCheckException;
import eu.ondernemerscheck.domain.proposals.NotLinkedToClientException;
import eu.ondernemerscheck.domain.proposals.Proposal;
import eu.ondernemerscheck.domain.proposals.ProposalComparison;
import eu.ondernemerscheck.domain.proposals.ProposalRefusedException;
import eu.ondernemerscheck.domain.proposals.ProposalStatus;
import eu.ondernemerscheck.domain.rules.ExplanationStep;
import eu.ondernemerscheck.domain.rules.InputField;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The signed-in client's own check, {@code /mijn-check/<year>/<step>}: one scheme per step, started with the client's
 * draft or else with what the accountant holds, figures computed as the client types, saved as a draft at any step
 * and submitted at the end. The order is the server's: a step is opened only when every step before it is complete,
 * so an address that skips ahead (or straight to the end) is sent to the first incomplete step. The client is always
 * the one linked to the signed-in account; nothing in the address names a client.
 */
@Route("mijn-check/:jaar?/:stap?")
@PageTitle("Mijn check | Ondernemerscheck")
@Menu(order = 5, title = "Mijn check")
@RolesAllowed("CLIENT")
class ClientCheckView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "mijn-check";
    static final String END = "overzicht";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(FirmsCalendar.ZONE);

    private final ClientCheckUseCase checks;
    private final CalculateUseCase calculations;

    // made afresh on every navigation: the router reuses this view between steps, and old listeners must not stay
    Select<Integer> year;
    Div status;
    OrderedList stepper;
    Div stepArea;
    Checkbox notApplicable;
    Button previous;
    Button save;
    Button next;
    Button submit;
    Div figures;

    private ClientCheck check;
    private ClientCheckTexts texts;
    private int step;
    private Questionnaire questionnaire;

    ClientCheckView(ClientCheckUseCase checks, CalculateUseCase calculations) {
        this.checks = checks;
        this.calculations = calculations;
        addClassName("oc-page");
        addClassName("oc-client-check");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        year = new Select<>();
        status = new Div();
        stepper = new OrderedList();
        stepArea = new Div();
        notApplicable = new Checkbox();
        previous = new Button();
        save = new Button();
        next = new Button();
        submit = new Button();
        figures = new Div();
        questionnaire = null;
        try {
            List<Integer> years = checks.years();
            int chosen = event.getRouteParameters().get("jaar").flatMap(ClientCheckView::number)
                    .filter(y -> y >= 2000 && y <= 2100).orElse(years.getFirst());
            check = checks.open(chosen);
            texts = ClientCheckTexts.forClient(SelfCheckTexts.browserLocale(), check.country());
            String asked = event.getRouteParameters().get("stap").orElse(null);
            int wanted = asked == null ? defaultStep() : END.equals(asked) ? check.steps().size()
                    : number(asked).map(n -> Math.max(0, Math.min(n - 1, check.steps().size()))).orElse(0);
            int first = check.firstIncomplete();
            if (first >= 0 && wanted > first) {
                // the order is enforced here, on the server: an address cannot skip an incomplete step
                if (asked != null) {
                    Notification.show(texts.get("skip.refused", first + 1, check.steps().get(first).definition()
                            .title()), 6000, Notification.Position.MIDDLE);
                }
                event.forwardTo(ROUTE + "/" + chosen + "/" + (first + 1));
                return;
            }
            step = wanted;
            build(years);
        } catch (NotLinkedToClientException e) {
            ClientCheckTexts plain = ClientCheckTexts.forClient(SelfCheckTexts.browserLocale(),
                    eu.ondernemerscheck.domain.rules.Country.NL);
            Paragraph message = new Paragraph(plain.get("not.linked"));
            message.addClassName("oc-not-linked");
            add(new H2(plain.get("title")), message);
        }
    }

    private int defaultStep() {
        int first = check.firstIncomplete();
        return first < 0 ? check.steps().size() : first;
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void build(List<Integer> years) {
        year.setLabel(texts.get("year"));
        year.setItems(years.contains(check.year()) ? years : prepend(check.year(), years));
        year.setValue(check.year());
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(e.getValue(), null);
            }
        });
        Paragraph intro = new Paragraph(texts.get("intro"));
        intro.addClassName("oc-muted");
        status.addClassName("oc-proposal-status");
        showStatus();
        stepper.addClassName("oc-stepper");
        stepper.getElement().setAttribute("aria-label", texts.get("steps"));
        fillStepper();
        stepArea.addClassName("oc-step");
        add(new H2(texts.get("title")), new Paragraph(check.clientName()), year, status, intro, stepper, stepArea);
        if (step < check.steps().size()) {
            buildStep();
        } else {
            buildEnd();
        }
    }

    private static List<Integer> prepend(int y, List<Integer> years) {
        List<Integer> out = new java.util.ArrayList<>(years);
        out.add(0, y);
        return out;
    }

    private void showStatus() {
        status.removeAll();
        Proposal p = check.proposal();
        if (p == null) {
            status.add(new Paragraph(texts.get("status.none")));
            status.getElement().setAttribute("data-status", "NONE");
            return;
        }
        Instant at = p.status() == ProposalStatus.DRAFT ? p.updatedAt()
                : p.status() == ProposalStatus.SUBMITTED ? p.submittedAt() : p.decidedAt();
        status.getElement().setAttribute("data-status", p.status().name());
        status.add(new Paragraph(texts.get("status." + p.status().name(), p.number(),
                at == null ? "" : WHEN.format(at), p.comment())));
    }

    private void fillStepper() {
        stepper.removeAll();
        int first = check.firstIncomplete();
        for (int i = 0; i <= check.steps().size(); i++) {
            boolean end = i == check.steps().size();
            String title = end ? texts.get("end.link") : check.steps().get(i).definition().title();
            boolean reachable = first < 0 || i <= first;
            ListItem item = new ListItem();
            if (reachable && i != step) {
                Anchor link = new Anchor(ROUTE + "/" + check.year() + "/" + (end ? END : String.valueOf(i + 1)),
                        title);
                link.getElement().setAttribute("router-link", true);
                item.add(link);
            } else {
                Span label = new Span(title);
                if (i == step) {
                    item.getElement().setAttribute("aria-current", "step");
                    item.addClassName("oc-current");
                }
                item.add(label);
            }
            if (!end) {
                String scheme = check.steps().get(i).scheme();
                Span mark = new Span(check.notApplicable().contains(scheme) ? texts.get("step.skipped")
                        : check.complete(i) ? texts.get("step.done") : texts.get("step.open"));
                mark.addClassName("oc-step-state");
                item.add(mark);
                item.getElement().setAttribute("data-complete", String.valueOf(check.complete(i)));
            }
            stepper.add(item);
        }
    }

    private void buildStep() {
        CheckStep current = check.steps().get(step);
        SelfCheckTexts questionTexts = SelfCheckTexts.forVisitor(SelfCheckTexts.browserLocale(), check.country());
        RateStatus yearStatus = check.yearStatus().get(current.scheme());
        QuickCheck one = new QuickCheck(check.country(), check.year(), List.of(new QuickCheckScheme(
                current.definition(), current.questions(), yearStatus)));
        questionnaire = new Questionnaire(one, calculations, questionTexts, check.prefill());
        H3 title = new H3(texts.get("step.title", step + 1, check.steps().size(), current.definition().title()));
        notApplicable.setLabel(texts.get("not.applicable"));
        notApplicable.setValue(check.notApplicable().contains(current.scheme()));
        questionnaire.setVisible(!notApplicable.getValue());
        notApplicable.addValueChangeListener(e -> questionnaire.setVisible(!e.getValue()));
        Div problems = new Div();
        problems.addClassName("oc-step-problems");
        if (check.proposal() != null && check.prefill().containsKey(current.scheme())
                && !check.complete(step) && check.proposal().answers().containsKey(current.scheme())) {
            problems.add(new Paragraph(texts.get("incomplete", plain(check.problems().get(step)))));
        }
        previous.setText(texts.get("previous"));
        previous.setVisible(step > 0);
        previous.addClickListener(e -> navigate(check.year(), String.valueOf(step)));
        save.setText(texts.get("save"));
        save.addClickListener(e -> saveStep().ifPresent(saved -> {
            Notification.show(texts.get("saved"), 3000, Notification.Position.BOTTOM_CENTER);
            refreshAfterSave(problems);
        }));
        next.setText(texts.get("next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> saveStep().ifPresent(saved -> {
            if (saved.complete(step)) {
                navigate(check.year(), step + 1 == check.steps().size() ? END : String.valueOf(step + 2));
            } else {
                refreshAfterSave(problems);
            }
        }));
        Div buttons = new Div(previous, save, next);
        buttons.addClassName("oc-step-buttons");
        stepArea.getElement().setAttribute("data-scheme", current.scheme());
        stepArea.add(title, notApplicable, questionnaire, problems, buttons);
    }

    private void refreshAfterSave(Div problems) {
        problems.removeAll();
        if (!check.complete(step)) {
            problems.add(new Paragraph(texts.get("incomplete", plain(check.problems().get(step)))));
        }
        showStatus();
        fillStepper();
    }

    private static String plain(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).distinct().collect(Collectors.joining(" "));
    }

    /** Saves the current step; what was typed stays in the fields whatever happens. */
    private Optional<ClientCheck> saveStep() {
        CheckStep current = check.steps().get(step);
        boolean skip = notApplicable.getValue();
        if (!skip && questionnaire.cards().stream().flatMap(c -> c.questions().stream())
                .anyMatch(q -> q.answer().typingError() != null)) {
            questionnaire.cards().forEach(SchemeCard::recompute);
            Notification.show(texts.get("fix.first"), 5000, Notification.Position.MIDDLE);
            return Optional.empty();
        }
        Map<String, Object> inputs = skip ? Map.of()
                : questionnaire.answers().getOrDefault(current.scheme(), Map.of());
        try {
            check = checks.saveStep(new SaveStepCommand(check.year(), current.scheme(), inputs, skip,
                    check.expectedVersion()));
            return Optional.of(check);
        } catch (ChangedMeanwhileException e) {
            Notification.show(texts.get("changed.meanwhile", e.changedBy(), WHEN.format(e.changedAt())), 8000,
                    Notification.Position.MIDDLE);
        } catch (InvalidInputException | ProposalRefusedException e) {
            Notification.show(e instanceof InvalidInputException invalid ? plain(invalid.errors()) : e.getMessage(),
                    6000, Notification.Position.MIDDLE);
        }
        return Optional.empty();
    }

    private void buildEnd() {
        H3 title = new H3(texts.get("end.title"));
        Div answers = new Div();
        answers.addClassName("oc-summary");
        for (int i = 0; i < check.steps().size(); i++) {
            CheckStep s = check.steps().get(i);
            Div block = new Div(new Span(s.definition().title()));
            block.addClassName("oc-summary-step");
            block.getElement().setAttribute("data-scheme", s.scheme());
            if (check.notApplicable().contains(s.scheme())) {
                block.add(new Paragraph(texts.get("step.skipped")));
            } else {
                UnorderedList list = new UnorderedList();
                Map<String, Object> given = check.prefill().getOrDefault(s.scheme(), Map.of());
                for (InputField f : s.questions()) {
                    if (given.containsKey(f.name())) {
                        list.add(new ListItem(f.label() + ": " + ProposalComparison.text(f, given.get(f.name()))));
                    }
                }
                block.add(list.getChildren().findAny().isPresent() ? list : new Paragraph(texts.get("summary.none")));
            }
            answers.add(block);
        }
        submit.setText(texts.get("submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Proposal p = check.proposal();
        submit.setEnabled(p != null && p.status() == ProposalStatus.DRAFT);
        submit.addClickListener(e -> submit());
        Button back = new Button(texts.get("previous"), e -> navigate(check.year(), String.valueOf(check.steps()
                .size())));
        Div buttons = new Div(back, submit);
        buttons.addClassName("oc-step-buttons");
        stepArea.getElement().setAttribute("data-scheme", END);
        stepArea.add(title, new H3(texts.get("summary.answers")), answers, buttons);
        if (p != null && p.status() == ProposalStatus.ACCEPTED) {
            showFigures();
            stepArea.add(figures);
        }
    }

    private void submit() {
        try {
            check = checks.submit(new SubmitProposalCommand(check.year(), check.expectedVersion()));
            Notification.show(texts.get("submitted.done"), 5000, Notification.Position.BOTTOM_CENTER);
            submit.setEnabled(false);
            showStatus();
        } catch (IncompleteCheckException e) {
            Notification.show(texts.get("skip.refused", e.step() + 1, check.steps().get(e.step()).definition()
                    .title()), 6000, Notification.Position.MIDDLE);
            navigate(check.year(), String.valueOf(e.step() + 1));
        } catch (ChangedMeanwhileException e) {
            Notification.show(texts.get("changed.meanwhile", e.changedBy(), WHEN.format(e.changedAt())), 8000,
                    Notification.Position.MIDDLE);
        } catch (ProposalRefusedException | InvalidInputException e) {
            Notification.show(e instanceof InvalidInputException invalid ? plain(invalid.errors()) : e.getMessage(),
                    6000, Notification.Position.MIDDLE);
        }
    }

    private void showFigures() {
        figures.removeAll();
        figures.addClassName("oc-accepted-figures");
        figures.add(new H3(texts.get("figures.title")));
        List<ExplainedFigure> shown = checks.figures(check.year());
        if (shown.isEmpty()) {
            figures.add(new Paragraph(texts.get("figures.none")));
        }
        for (ExplainedFigure f : shown) {
            Div block = new Div();
            block.addClassName("oc-scheme");
            block.getElement().setAttribute("data-scheme", f.scheme());
            Span figure = new Span(f.figureText());
            figure.addClassName("oc-figure");
            Div line = new Div(new Span(f.label() + ": "), figure);
            line.addClassName("oc-result");
            block.add(new H3(f.title()), line);
            if (f.outcome() == null) {
                Paragraph problem = new Paragraph(f.problem());
                problem.addClassName("oc-problem");
                block.add(problem);
            } else {
                OrderedList steps = new OrderedList();
                steps.addClassName("oc-steps");
                for (ExplanationStep s : f.outcome().explanation()) {
                    ListItem item = new ListItem(new Span(s.step()));
                    if (!s.value().isEmpty()) {
                        Span value = new Span(s.value());
                        value.addClassName("oc-step-value");
                        item.add(value);
                    }
                    if (!s.reference().isEmpty()) {
                        Span reference = new Span(s.reference());
                        reference.addClassName("oc-muted");
                        reference.addClassName("oc-step-reference");
                        item.add(reference);
                    }
                    steps.add(item);
                }
                Paragraph rates = new Paragraph(texts.get(f.outcome().status() == RateStatus.PROVISIONAL
                        ? "figures.rates.provisional" : "figures.rates", f.outcome().rateVersion()));
                rates.addClassName("oc-rate-version");
                Details how = new Details(texts.get("figures.how"), new Div(steps, rates));
                block.add(how);
            }
            figures.add(block);
        }
    }

    private void navigate(int toYear, String toStep) {
        getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + toYear + (toStep == null ? "" : "/" + toStep)));
    }

    ClientCheck check() {
        return check;
    }

    int step() {
        return step;
    }

    Questionnaire questionnaire() {
        return questionnaire;
    }
}
