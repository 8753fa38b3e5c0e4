package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import eu.ondernemerscheck.adapter.web.proposals.ClientProposals;
import eu.ondernemerscheck.adapter.web.report.ReportLinks;
import eu.ondernemerscheck.application.proposals.port.in.ReviewProposalsUseCase;
import eu.ondernemerscheck.application.report.port.in.ClientReportUseCase;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.ondernemerscheck.adapter.web.schemeform.FormTexts;
import eu.ondernemerscheck.adapter.web.schemeform.Questionnaire;
import eu.ondernemerscheck.adapter.web.schemeform.SchemeCard;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.ClientProfileUseCase;
import eu.ondernemerscheck.application.clients.port.in.PortfolioUseCase;
import eu.ondernemerscheck.application.clients.port.in.RemoveSchemeCommand;
import eu.ondernemerscheck.application.clients.port.in.RollForwardCommand;
import eu.ondernemerscheck.application.clients.port.in.RollForwardUseCase;
import eu.ondernemerscheck.application.clients.port.in.RolledForward;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.in.SavedFacts;
import eu.ondernemerscheck.application.rates.port.in.CalculateUseCase;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.portfolio.ClientProfile;
import eu.ondernemerscheck.domain.portfolio.Signal;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.application.audit.port.in.RecordSecurityEventUseCase;
import eu.ondernemerscheck.domain.portfolio.UnknownClientException;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.portfolio.YearHasFactsException;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.MoneyFormat;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static eu.ondernemerscheck.adapter.web.portfolio.PortfolioTexts.text;

/**
 * One client of the accountant's own firm, {@code /klanten/<id>?jaar=<year>&veld=<scheme.input>}: the profile, the
 * facts of a year per scheme with every input of the catalogue, the figures recomputed as the facts change, the
 * results stored on save with their rate version and history, the year's signals, and rolling the year forward. The
 * client comes from the signed-in accountant's firm only: another firm's id reads as "does not exist", like a missing
 * one.
 */
@Route("klanten")
@PageTitle("Klant | Ondernemerscheck")
@RolesAllowed("ACCOUNTANT")
class ClientWorkspaceView extends VerticalLayout implements HasUrlParameter<String> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", PortfolioTexts.NL)
            .withZone(FirmsCalendar.ZONE);
    private static final SchemeCatalogue CATALOGUE = SchemeCatalogue.standard();

    private final ClientProfileUseCase profiles;
    private final ClientFactsUseCase facts;
    private final RollForwardUseCase rollForward;
    private final PortfolioUseCase portfolio;
    private final CalculateUseCase calculations;

    final Select<Integer> year = new Select<>();
    final Div yearArea = new Div();
    final Button save = new Button(text("year.save"));
    final Button rollForwardButton = new Button();
    final Paragraph yearMessage = new Paragraph();
    final Grid<StoredResult> results = new Grid<>();
    /** Per scheme with saved facts this year: the button that takes it out of the year, after confirmation. */
    final Map<String, Button> removeButtons = new LinkedHashMap<>();
    ProfileForm profileForm;
    Questionnaire questionnaire;
    private ClientProfile profile;
    private YearFacts opened;
    private final Set<String> used = new HashSet<>();
    private long clientId;

    private final ClientReportUseCase reports;
    private final ReviewProposalsUseCase proposals;
    private final RecordSecurityEventUseCase events;

    ClientWorkspaceView(ClientProfileUseCase profiles, ClientFactsUseCase facts, RollForwardUseCase rollForward,
                        PortfolioUseCase portfolio, CalculateUseCase calculations, ClientReportUseCase reports,
                        ReviewProposalsUseCase proposals, RecordSecurityEventUseCase events) {
        this.events = events;
        this.reports = reports;
        this.proposals = proposals;
        this.profiles = profiles;
        this.facts = facts;
        this.rollForward = rollForward;
        this.portfolio = portfolio;
        this.calculations = calculations;
        addClassName("oc-page");
        addClassName("oc-workspace");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveFacts());
        rollForwardButton.addClickListener(e -> rollForward(false));
        year.setLabel(text("year.label"));
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showYear(e.getValue(), "");
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();
        try {
            clientId = Long.parseLong(id);
            profile = profiles.profile(clientId);
        } catch (NumberFormatException | UnknownClientException e) {
            // a client id of another firm lands here too: recorded like a refused call, without the id
            events.accessDenied("route /klanten/{id}: no client of the firm");
            add(new H2(text("client.notFound.title")), new Paragraph(text("client.notFound.text")),
                    new RouterLink(text("client.back"), PortfolioView.class));
            addClassName("oc-not-found");
            return;
        }
        removeClassName("oc-not-found");
        int chosen = query.getSingleParameter("jaar").flatMap(ClientWorkspaceView::parseYear)
                .orElse(portfolio.currentYear());
        H2 title = new H2(profile.name());
        profileForm = new ProfileForm(profiles, profile, saved -> {
            profile = saved;
            title.setText(saved.name());
        }, () -> getUI().ifPresent(ui -> ui.getPage().reload()));
        Details profileDetails = new Details(text("profile.title"), profileForm);
        add(new RouterLink(text("client.back"), PortfolioView.class), title,
                ReportLinks.forClient(reports, facts, clientId), new ClientProposals(proposals, clientId),
                profileDetails, year, yearArea);
        showYear(chosen, query.getSingleParameter("veld").orElse(""));
    }

    private static java.util.Optional<Integer> parseYear(String text) {
        try {
            int y = Integer.parseInt(text);
            return y >= SaveFactsCommand.FIRST_YEAR && y < SaveFactsCommand.LAST_YEAR ? java.util.Optional.of(y)
                    : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Builds the year's facts, results, history and signals; {@code field} ({@code scheme.input}) gets the focus. */
    void showYear(int chosen, String field) {
        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(facts.years(clientId));
        int current = portfolio.currentYear();
        years.addAll(List.of(current - 1, current, current + 1, chosen));
        year.setItems(List.copyOf(years));
        year.setValue(chosen);
        opened = facts.facts(clientId, chosen);
        used.clear();
        used.addAll(opened.answers().keySet());
        yearArea.removeAll();
        List<SchemeDefinition> schemes = CATALOGUE.forCountry(profile.country()).stream()
                .map(Scheme::definition).toList();
        questionnaire = Questionnaire.allInputs(profile.country(), chosen, schemes, calculations, FormTexts.dutch(),
                opened.answers());
        // a scheme becomes part of the year's facts once its facts exist or the accountant fills something in
        for (SchemeCard card : questionnaire.cards()) {
            card.getElement().setAttribute("data-used", String.valueOf(used.contains(card.schemeId())));
        }
        questionnaire.cards().forEach(card -> card.questions().forEach(q -> {
            if (q.component() instanceof com.vaadin.flow.component.HasValue<?, ?> v) {
                v.addValueChangeListener(e -> markUsed(card));
            }
        }));
        questionnaire.addChangeListener(() -> yearMessage.setVisible(false));
        Paragraph intro = new Paragraph(text("year.intro"));
        intro.addClassName("oc-muted");
        rollForwardButton.setText(text("year.rollForward", chosen + 1));
        rollForwardButton.setEnabled(opened.saved());
        yearMessage.setVisible(false);
        Div actions = new Div(save, rollForwardButton);
        actions.addClassName("oc-next-choice");
        yearArea.add(new H3(text("year.facts", chosen)), intro, questionnaire, yearMessage, actions,
                removeSchemes(chosen));
        yearArea.add(signalsOf(chosen), resultsOf(chosen));
        if (!field.isEmpty()) {
            focus(field);
        }
    }

    /** A way out for a scheme entered by mistake, or no longer relevant for this client and year. */
    private Component removeSchemes(int chosen) {
        removeButtons.clear();
        Div box = new Div();
        box.addClassName("oc-remove-schemes");
        if (opened.answers().isEmpty()) {
            return box;
        }
        Paragraph intro = new Paragraph(text("year.remove.intro", chosen));
        intro.addClassName("oc-muted");
        box.add(intro);
        for (String scheme : opened.answers().keySet()) {
            Button remove = new Button(text("year.remove.button", title(scheme), chosen),
                    e -> confirmRemoval(scheme));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            removeButtons.put(scheme, remove);
            box.add(remove);
        }
        return box;
    }

    private void confirmRemoval(String scheme) {
        Dialog confirm = new Dialog();
        confirm.addClassName("oc-confirm-remove");
        confirm.setHeaderTitle(text("year.remove.title", title(scheme), opened.year()));
        confirm.add(new Paragraph(text("year.remove.text", title(scheme), opened.year())));
        Button yes = new Button(text("year.remove.confirm"), c -> {
            confirm.close();
            removeScheme(scheme);
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button(text("year.remove.cancel"), c -> confirm.close()), yes);
        confirm.open();
    }

    void removeScheme(String scheme) {
        int chosen = opened.year();
        try {
            facts.removeScheme(new RemoveSchemeCommand(clientId, chosen, scheme, opened.version()));
            showYear(chosen, "");
            show(text("year.removed", title(scheme), chosen), false);
        } catch (InvalidInputException e) {
            show(String.join(" ", e.errors().stream().map(FieldError::message).toList()), true);
        } catch (ChangedMeanwhileException e) {
            yearMessage.setVisible(false);
            yearArea.addComponentAtIndex(yearArea.indexOf(yearMessage), conflict(e, () -> showYear(chosen, "")));
        }
    }

    private void markUsed(SchemeCard card) {
        used.add(card.schemeId());
        card.getElement().setAttribute("data-used", "true");
    }

    private void focus(String field) {
        int dot = field.indexOf('.');
        String scheme = dot < 0 ? field : field.substring(0, dot);
        String input = dot < 0 ? "" : field.substring(dot + 1);
        questionnaire.cards().stream().filter(c -> c.schemeId().equals(scheme)).findFirst().ifPresent(card -> {
            card.getElement().callJsFunction("scrollIntoView");
            card.questions().stream().filter(q -> q.input().name().equals(input)).findFirst()
                    .ifPresent(q -> {
                        if (q.component() instanceof Focusable<?> f) {
                            f.focus();
                        }
                        q.component().getElement().setAttribute("data-signal", "true");
                    });
        });
    }

    /** The answers of the schemes in use; a scheme the accountant never touched is not part of the year. */
    Map<String, Map<String, Object>> answersInUse() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        questionnaire.answers().forEach((scheme, inputs) -> {
            if (used.contains(scheme)) {
                out.put(scheme, inputs);
            }
        });
        return out;
    }

    void saveFacts() {
        if (!questionnaire.readable()) {
            show(text("year.fix"), true);
            return;
        }
        try {
            SavedFacts saved = facts.save(new SaveFactsCommand(clientId, opened.year(), answersInUse(),
                    opened.version()));
            opened = saved.facts();
            rollForwardButton.setEnabled(true);
            refreshStored(opened.year());
            show(text("year.saved", opened.year()), false);
        } catch (InvalidInputException e) {
            List<FieldError> rest = questionnaire.showErrors(e.errors());
            show(text("year.fix") + (rest.isEmpty() ? "" : " " + String.join(" ",
                    rest.stream().map(FieldError::message).toList())), true);
        } catch (ChangedMeanwhileException e) {
            yearMessage.setVisible(false);
            yearArea.addComponentAtIndex(yearArea.indexOf(yearMessage), conflict(e, () -> showYear(opened.year(), "")));
        }
    }

    void rollForward(boolean replace) {
        try {
            RolledForward rolled = rollForward.rollForward(new RollForwardCommand(clientId, opened.year(), replace));
            int next = rolled.saved().facts().year();
            showYear(next, "");
            show(text("year.rolled", next) + (rolled.leftOut().isEmpty() ? "" : " " + text("year.rolled.leftOut",
                    String.join("; ", rolled.leftOut().stream().map(f -> title(f.field()) + ": " + f.message())
                            .toList()))), false);
        } catch (YearHasFactsException e) {
            Dialog confirm = new Dialog();
            confirm.setHeaderTitle(text("year.replace.title", e.year()));
            confirm.add(new Paragraph(text("year.replace.text", e.savedBy(), e.year(), when(e.savedAt()),
                    opened.year())));
            Button yes = new Button(text("year.replace.confirm"), c -> {
                confirm.close();
                rollForward(true);
            });
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            confirm.getFooter().add(new Button(text("year.replace.cancel"), c -> confirm.close()), yes);
            confirm.open();
        } catch (InvalidInputException e) {
            show(String.join(" ", e.errors().stream().map(FieldError::message).toList()), true);
        }
    }

    private void refreshStored(int chosen) {
        List<Component> old = yearArea.getChildren().filter(c -> c.hasClassName("oc-stored")).toList();
        old.forEach(yearArea::remove);
        yearArea.add(signalsOf(chosen), resultsOf(chosen));
    }

    private Component signalsOf(int chosen) {
        Div box = new Div(new H3(text("client.signals", chosen)));
        box.addClassName("oc-stored");
        box.addClassName("oc-client-signals");
        List<Signal> signals = portfolio.clientSignals(clientId, chosen);
        if (signals.isEmpty()) {
            Paragraph none = new Paragraph(text("client.signals.empty"));
            none.addClassName("oc-muted");
            box.add(none);
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (Signal s : signals) {
            Span euro = new Span(MoneyFormat.display(s.euro()));
            euro.addClassName("oc-figure");
            ListItem item = new ListItem(euro, new Span(" · " + s.kind().label() + ": " + s.message()));
            if (!s.scheme().isEmpty()) {
                Button go = new Button(title(s.scheme()), e -> focus(s.scheme() + "." + s.field()));
                go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                item.add(new Span(" "), go);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Component resultsOf(int chosen) {
        Div box = new Div(new H3(text("results.title", chosen)));
        box.addClassName("oc-stored");
        List<StoredResult> current = facts.results(clientId, chosen);
        results.removeAllColumns();
        results.addColumn(r -> title(r.scheme())).setHeader(text("col.scheme")).setFlexGrow(2);
        results.addColumn(ClientWorkspaceView::figure).setHeader(text("col.figure")).setFlexGrow(2);
        results.addColumn(StoredResult::rateVersion).setHeader(text("col.rateVersion")).setAutoWidth(true);
        results.addColumn(r -> when(r.computedAt())).setHeader(text("col.computedAt")).setAutoWidth(true);
        results.setItems(current);
        results.setAllRowsVisible(true);
        if (current.isEmpty()) {
            Paragraph none = new Paragraph(text("results.empty"));
            none.addClassName("oc-muted");
            box.add(none);
        } else {
            box.add(results);
        }
        Details history = new Details(text("results.history"));
        history.addOpenedChangeListener(e -> {
            if (e.isOpened() && history.getContent().findAny().isEmpty()) {
                Grid<StoredResult> grid = new Grid<>();
                grid.addColumn(r -> title(r.scheme())).setHeader(text("col.scheme")).setFlexGrow(2);
                grid.addColumn(ClientWorkspaceView::figure).setHeader(text("col.figure")).setFlexGrow(2);
                grid.addColumn(StoredResult::rateVersion).setHeader(text("col.rateVersion")).setAutoWidth(true);
                grid.addColumn(r -> when(r.computedAt())).setHeader(text("col.computedAt")).setAutoWidth(true);
                grid.setItems(facts.history(clientId, chosen));
                grid.setAllRowsVisible(true);
                history.add(grid);
            }
        });
        box.add(history);
        return box;
    }

    static String figure(StoredResult r) {
        if (!r.computed()) {
            return r.problem();
        }
        return r.figureText() + (r.provisional() ? " (" + text("results.provisional") + ")" : "");
    }

    private static String title(String schemeId) {
        return CATALOGUE.find(schemeId).map(s -> s.definition().title()).orElse(schemeId);
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** "Changed by X at T": nothing was saved; reloading shows the other person's version. */
    static Component conflict(ChangedMeanwhileException e, Runnable reload) {
        Div box = new Div();
        box.addClassName("oc-conflict");
        box.addClassName("oc-problem");
        Button again = new Button(text("conflict.reload"), c -> reload.run());
        box.add(new Paragraph(text("conflict.text", e.changedBy(), when(e.changedAt()))), again);
        return box;
    }

    private void show(String message, boolean problem) {
        yearMessage.setText(message);
        yearMessage.setVisible(true);
        if (problem) {
            yearMessage.addClassName("oc-problem");
        } else {
            yearMessage.removeClassName("oc-problem");
        }
    }
}
