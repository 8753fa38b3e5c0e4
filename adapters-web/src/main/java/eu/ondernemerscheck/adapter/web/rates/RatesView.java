package eu.ondernemerscheck.adapter.web.rates;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import eu.ondernemerscheck.application.rateimpact.port.in.PreviewRateImpactUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.RateImpact;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeProgress;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeResultsUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.ResultChange;
import eu.ondernemerscheck.application.rates.port.in.ChangeRateCommand;
import eu.ondernemerscheck.application.rates.port.in.ChangeRatesUseCase;
import eu.ondernemerscheck.application.rates.port.in.ListSchemesUseCase;
import eu.ondernemerscheck.application.rates.port.in.RateDraft;
import eu.ondernemerscheck.application.rates.port.in.RateSeries;
import eu.ondernemerscheck.application.rates.port.in.ViewRatesUseCase;
import eu.ondernemerscheck.domain.rules.RateChangeRefusedException;
import eu.ondernemerscheck.domain.rules.RateChangeRules;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.MoneyFormat;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static eu.ondernemerscheck.adapter.web.rates.RateTexts.text;

/**
 * The administrator's rates: choose a scheme, see every parameter of it, pick one to see its values over time as a
 * chart and a table (with status, source, check date and the version that introduced each value), and add, correct or
 * confirm a value. Every change is saved as a draft; the drafts at the bottom are published or discarded from here.
 */
@Route("tarieven")
@PageTitle("Tarieven | Ondernemerscheck")
@Menu(order = 55, title = "Tarieven")
@RolesAllowed("ADMIN")
class RatesView extends VerticalLayout {

    private static final System.Logger LOG = System.getLogger(RatesView.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    enum Mode { ADD, CORRECT, CONFIRM }

    final Paragraph intro = new Paragraph();
    final Select<SchemeDefinition> scheme = new Select<>();
    final Grid<RateSeries> parameters = new Grid<>();
    final H3 historyTitle = new H3();
    final Image chart = new Image();
    final Grid<RateRecord> history = new Grid<>();
    final Button add = new Button(text("rates.add"));
    final Button correct = new Button(text("rates.correct"));
    final Button confirm = new Button(text("rates.confirm"));

    final H3 formTitle = new H3();
    final TextField value = new TextField(text("rates.field.value"));
    final DatePicker from = new DatePicker(text("rates.field.from"));
    final DatePicker until = new DatePicker(text("rates.field.until"));
    final Select<RateStatus> status = new Select<>();
    final TextField sourceTitle = new TextField(text("rates.field.sourceTitle"));
    final TextField sourceUrl = new TextField(text("rates.field.sourceUrl"));
    final DatePicker checkedOn = new DatePicker(text("rates.field.checked"));
    final TextField note = new TextField(text("rates.field.note"));
    final TextArea reason = new TextArea(text("rates.field.reason"));
    final Button save = new Button(text("rates.save"));
    final Button cancel = new Button(text("rates.cancel"));
    final VerticalLayout form = new VerticalLayout();

    final Grid<RateDraft> drafts = new Grid<>();
    final Paragraph noDrafts = new Paragraph(text("rates.drafts.none"));
    final Button publish = new Button(text("rates.publish"));
    final Button discard = new Button(text("rates.discard"));
    final Button preview = new Button(text("rates.preview"));
    final Paragraph impactSummary = new Paragraph();
    final Grid<ResultChange> impact = new Grid<>();
    final ProgressBar recomputeBar = new ProgressBar();
    final Paragraph recomputeStatus = new Paragraph();
    final Button retry = new Button(text("rates.recompute.retry"));
    final Paragraph message = new Paragraph();

    private final ViewRatesUseCase rates;
    private final ChangeRatesUseCase changes;
    private final ListSchemesUseCase schemes;
    private final PreviewRateImpactUseCase impacts;
    private final RecomputeResultsUseCase recompute;
    private final Clock clock;
    private Registration polling;
    private final Map<String, HasValidation> fields;
    private RateSeries shown;
    private RateRecord target;
    private long expectedVersion;

    RatesView(ViewRatesUseCase rates, ChangeRatesUseCase changes, ListSchemesUseCase schemes,
              PreviewRateImpactUseCase impacts, RecomputeResultsUseCase recompute, Clock clock) {
        this.rates = rates;
        this.changes = changes;
        this.schemes = schemes;
        this.impacts = impacts;
        this.recompute = recompute;
        this.clock = clock;
        this.fields = Map.of(RateChangeRules.VALUE, value, RateChangeRules.EFFECTIVE_FROM, from,
                RateChangeRules.EFFECTIVE_UNTIL, until, ChangeRateCommand.STATUS, status,
                RateChangeRules.SOURCE_TITLE, sourceTitle, RateChangeRules.SOURCE_URL, sourceUrl,
                RateChangeRules.CHECKED_ON, checkedOn, ChangeRateCommand.REASON, reason);
        addClassName("oc-page");
        message.addClassName("oc-rate-message");

        scheme.setLabel(text("rates.scheme"));
        scheme.setItemLabelGenerator(s -> s.country() + " · " + s.title());
        scheme.setItems(rates.schemes());
        scheme.setWidth("32em");
        scheme.addValueChangeListener(e -> showScheme(null));

        parameters.addColumn(s -> RateTexts.textOr("parameter." + s.key().parameter(), s.key().parameter()))
                .setHeader(text("rates.column.parameter")).setFlexGrow(3);
        parameters.addColumn(s -> s.key().category()).setHeader(text("rates.column.category")).setAutoWidth(true);
        parameters.addColumn(s -> text("rates.kind." + s.kind().name())).setHeader(text("rates.column.kind"))
                .setAutoWidth(true);
        parameters.addColumn(this::valueToday).setHeader(text("rates.column.now")).setAutoWidth(true);
        parameters.addColumn(s -> s.stamp().changedBy().isEmpty() ? "" : s.stamp().changedBy() + ", "
                + moment(s.stamp().changedAt())).setHeader(text("rates.column.changed")).setFlexGrow(2);
        parameters.setAllRowsVisible(true);
        parameters.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showSeries));

        chart.addClassName("oc-rate-chart");
        history.addColumn(r -> day(r.value().effectiveFrom())).setHeader(text("rates.column.from")).setAutoWidth(true);
        history.addColumn(r -> day(r.value().effectiveUntil())).setHeader(text("rates.column.until"))
                .setAutoWidth(true);
        history.addColumn(r -> RateNumbers.show(r.value().value(), r.kind())).setHeader(text("rates.column.value"))
                .setWidth("11em").setFlexGrow(0);
        history.addColumn(r -> text("rates.status." + r.value().status().code()))
                .setHeader(text("rates.column.status")).setAutoWidth(true);
        history.addColumn(r -> text("rates.state." + r.state().name())).setHeader(text("rates.column.state"))
                .setAutoWidth(true);
        history.addComponentColumn(RatesView::source).setHeader(text("rates.column.source")).setFlexGrow(3);
        history.addColumn(r -> day(r.value().checkedOn())).setHeader(text("rates.column.checked"))
                .setAutoWidth(true);
        history.addColumn(r -> "v" + r.introducedIn().id()).setHeader(text("rates.column.version"))
                .setAutoWidth(true);
        history.addColumn(r -> r.introducedIn().createdBy()).setHeader(text("rates.column.by")).setAutoWidth(true);
        history.addColumn(r -> moment(r.introducedIn().createdAt())).setHeader(text("rates.column.at"))
                .setAutoWidth(true);
        history.addColumn(r -> r.introducedIn().reason()).setHeader(text("rates.column.reason")).setFlexGrow(2);
        history.setAllRowsVisible(true);
        history.addSelectionListener(e -> enableActions());

        add.addClickListener(e -> openForm(Mode.ADD));
        correct.addClickListener(e -> openForm(Mode.CORRECT));
        confirm.addClickListener(e -> openForm(Mode.CONFIRM));

        status.setLabel(text("rates.field.status"));
        status.setItems(RateStatus.values());
        status.setItemLabelGenerator(s -> text("rates.status." + s.code()));
        for (DatePicker d : List.of(from, until, checkedOn)) {
            d.setLocale(RateTexts.DUTCH);
        }
        sourceUrl.setPlaceholder("https://");
        reason.setRequired(true);
        reason.setMaxLength(500);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> form.setVisible(false));
        FormLayout fieldsLayout = new FormLayout(value, status, from, until, sourceTitle, sourceUrl, checkedOn, note,
                reason);
        fieldsLayout.setColspan(reason, 2);
        form.add(formTitle, fieldsLayout, new HorizontalLayout(save, cancel));
        form.setPadding(false);
        form.setVisible(false);

        drafts.addColumn(d -> d.after().value().key().toString()).setHeader(text("rates.column.parameter"))
                .setFlexGrow(2);
        drafts.addColumn(d -> day(d.after().value().effectiveFrom()) + " – " + day(d.after().value()
                .effectiveUntil())).setHeader(text("rates.draft.period")).setAutoWidth(true);
        drafts.addColumn(d -> d.before() == null ? "" : RateNumbers.show(d.before().value().value(),
                d.before().kind()) + " (" + text("rates.status." + d.before().value().status().code()) + ")")
                .setHeader(text("rates.draft.before")).setAutoWidth(true);
        drafts.addColumn(d -> RateNumbers.show(d.after().value().value(), d.after().kind()) + " ("
                + text("rates.status." + d.after().value().status().code()) + ")")
                .setHeader(text("rates.draft.after")).setAutoWidth(true);
        drafts.addColumn(d -> d.version().createdBy()).setHeader(text("rates.column.by")).setAutoWidth(true);
        drafts.addColumn(d -> moment(d.version().createdAt())).setHeader(text("rates.column.at")).setAutoWidth(true);
        drafts.addColumn(d -> d.version().reason()).setHeader(text("rates.column.reason")).setFlexGrow(2);
        drafts.setAllRowsVisible(true);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publishSelected());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        discard.addClickListener(e -> discardSelected());
        preview.addClickListener(e -> previewSelected());
        impact.addColumn(ResultChange::firm).setHeader(text("rates.impact.firm")).setFlexGrow(2);
        impact.addColumn(ResultChange::client).setHeader(text("rates.impact.client")).setFlexGrow(2);
        impact.addColumn(ResultChange::year).setHeader(text("rates.impact.year")).setAutoWidth(true);
        impact.addColumn(ResultChange::scheme).setHeader(text("rates.impact.scheme")).setAutoWidth(true);
        impact.addColumn(ResultChange::beforeText).setHeader(text("rates.draft.before")).setAutoWidth(true);
        impact.addColumn(ResultChange::afterText).setHeader(text("rates.draft.after")).setAutoWidth(true);
        impact.addColumn(c -> c.difference().signum() == 0 ? "" : (c.difference().signum() > 0 ? "+" : "")
                + MoneyFormat.display(c.difference())).setHeader(text("rates.impact.difference")).setAutoWidth(true);
        impact.setAllRowsVisible(true);
        impact.setVisible(false);

        add(new H2(text("rates.title")), intro, scheme, new H3(text("rates.parameters")), parameters, historyTitle,
                chart, new HorizontalLayout(add, correct, confirm), history, form, message,
                new H3(text("rates.drafts")), noDrafts, drafts, new HorizontalLayout(preview, publish, discard),
                impactSummary, impact, recomputeStatus, recomputeBar, retry);
        recomputeBar.setVisible(false);
        retry.setVisible(false);
        retry.addClickListener(e -> {
            recompute.retryFailed();
            startRecompute();
        });
        refreshIntro();
        refreshDrafts();
        List<SchemeDefinition> all = rates.schemes();
        if (!all.isEmpty()) {
            scheme.setValue(all.getFirst());
        }
    }

    private void refreshIntro() {
        intro.setText(text("rates.intro", schemes.rateVersion()));
    }

    /** Shows the chosen scheme's parameters and keeps the parameter that was open, if the scheme has it. */
    private void showScheme(RateKey keep) {
        if (scheme.getValue() == null) {
            return;
        }
        List<RateSeries> all = rates.series(scheme.getValue().id());
        parameters.setItems(all);
        Optional<RateSeries> again = all.stream().filter(s -> s.key().equals(keep)).findFirst();
        Optional<RateSeries> pick = again.isPresent() ? again : all.stream().findFirst();
        pick.ifPresentOrElse(parameters::select, () -> {
            shown = null;
            history.setItems(List.of());
            enableActions();
        });
    }

    private void showSeries(RateSeries series) {
        shown = series;
        String name = RateTexts.textOr("parameter." + series.key().parameter(), series.key().parameter());
        historyTitle.setText(text("rates.history", name + (series.key().category().isEmpty() ? ""
                : " (" + series.key().category() + ")")));
        chart.setSrc(RateChart.dataUrl(series.key().toString(), series.records()));
        chart.setAlt(text("rates.chart.alt", series.key().toString()));
        history.setItems(series.records().stream().sorted(Comparator.comparing((RateRecord r) ->
                r.value().effectiveFrom()).thenComparingLong(RateRecord::id).reversed()).toList());
        form.setVisible(false);
        enableActions();
    }

    private void enableActions() {
        boolean inForce = history.getSelectedItems().stream().anyMatch(r -> r.state() == RateRecord.State.IN_FORCE);
        add.setEnabled(shown != null);
        correct.setEnabled(inForce);
        confirm.setEnabled(inForce);
    }

    private void openForm(Mode mode) {
        if (shown == null) {
            return;
        }
        clearErrors();
        message.setText("");
        expectedVersion = shown.stamp().version();
        LocalDate today = FirmsCalendar.today(clock.instant());
        value.setHelperText(text("rates.field.value.help." + shown.kind().name().toLowerCase(Locale.ROOT)));
        if (mode == Mode.ADD) {
            target = null;
            LocalDate next = shown.records().stream().filter(r -> r.state() == RateRecord.State.IN_FORCE)
                    .map(r -> r.value().effectiveUntil().plusDays(1)).max(LocalDate::compareTo)
                    .orElse(today.withDayOfYear(1));
            formTitle.setText(text("rates.form.add", shown.key().toString()));
            value.clear();
            from.setValue(next);
            until.setValue(next.withDayOfYear(next.lengthOfYear()));
            status.setValue(RateStatus.PROVISIONAL);
            sourceTitle.clear();
            sourceUrl.clear();
            note.clear();
            reason.clear();
        } else {
            target = history.getSelectedItems().stream().findFirst().orElse(null);
            if (target == null) {
                return;
            }
            RateValue v = target.value();
            formTitle.setText(text(mode == Mode.CONFIRM ? "rates.form.confirm" : "rates.form.correct",
                    shown.key().toString(), day(v.effectiveFrom())));
            value.setValue(RateNumbers.edit(v.value()));
            from.setValue(v.effectiveFrom());
            until.setValue(v.effectiveUntil());
            status.setValue(mode == Mode.CONFIRM ? RateStatus.CONFIRMED : v.status());
            sourceTitle.setValue(v.source().title());
            sourceUrl.setValue(v.source().url());
            note.setValue(v.note());
            reason.clear();
        }
        checkedOn.setValue(today);
        form.setVisible(true);
        value.focus();
    }

    private void save() {
        clearErrors();
        Optional<BigDecimal> number = RateNumbers.parse(value.getValue());
        if (number.isEmpty()) {
            show(value, text("rates.field.value.unreadable"));
            return;
        }
        try {
            changes.proposeChange(new ChangeRateCommand(shown.key(), target == null ? null : target.id(),
                    expectedVersion, from.getValue(), until.getValue(), number.get(), status.getValue(),
                    sourceTitle.getValue(), sourceUrl.getValue(), checkedOn.getValue(), note.getValue(),
                    reason.getValue()));
            form.setVisible(false);
            message.setText(text("rates.saved"));
            showScheme(shown.key());
            refreshDrafts();
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                HasValidation field = fields.get(error.field());
                if (field == null) {
                    message.setText(error.message());
                } else {
                    show(field, error.message());
                }
            }
        } catch (RateChangeRefusedException e) {
            message.setText(e.getMessage());
        } catch (RuntimeException e) {
            unexpected(e);
        }
    }

    private void publishSelected() {
        Optional<RateDraft> draft = drafts.getSelectedItems().stream().findFirst();
        if (draft.isEmpty()) {
            message.setText(text("rates.choose.draft"));
            return;
        }
        try {
            changes.publish(draft.get().version().id());
            refreshIntro();
            message.setText(text("rates.published", draft.get().after().value().key().toString()));
            startRecompute();
        } catch (RateChangeRefusedException e) {
            message.setText(e.getMessage());
        } catch (RuntimeException e) {
            unexpected(e);
        }
        refreshAll();
    }

    /** Shows what the selected draft would change in the stored client results of every firm; changes nothing. */
    private void previewSelected() {
        Optional<RateDraft> draft = drafts.getSelectedItems().stream().findFirst();
        if (draft.isEmpty()) {
            message.setText(text("rates.choose.draft"));
            return;
        }
        try {
            RateImpact result = impacts.preview(draft.get().version().id());
            impactSummary.setText(text("rates.impact.summary", result.compared(), result.changed(),
                    MoneyFormat.display(result.totalUp()), MoneyFormat.display(result.totalDown().negate()),
                    result.largestUp().isEmpty() ? "-" : MoneyFormat.display(result.largestUp().getFirst()
                            .difference()),
                    result.largestDown().isEmpty() ? "-" : MoneyFormat.display(result.largestDown().getFirst()
                            .difference().negate()), result.changedPerFirm().size()));
            impact.setItems(result.changes().stream().sorted(Comparator.comparing((ResultChange c) ->
                    c.difference().abs()).reversed()).limit(200).toList());
            impact.setVisible(!result.changes().isEmpty());
        } catch (RateChangeRefusedException e) {
            message.setText(e.getMessage());
        } catch (RuntimeException e) {
            unexpected(e);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (!recompute.progress().finished()) {
            startRecompute();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
        super.onDetach(event);
    }

    /**
     * Shows the recompute after a publication while the background job does it: each poll of the browser only reads
     * the progress, so leaving the screen changes nothing about the recompute.
     */
    private void startRecompute() {
        showProgress(recompute.progress());
        getUI().ifPresent(ui -> {
            if (polling == null) {
                ui.setPollInterval(500);
                polling = ui.addPollListener(e -> refreshProgress());
            }
        });
    }

    void refreshProgress() {
        try {
            RecomputeProgress progress = recompute.progress();
            showProgress(progress);
            if (progress.finished()) {
                getUI().ifPresent(this::stopPolling);
            }
        } catch (RuntimeException e) {
            getUI().ifPresent(this::stopPolling);
            unexpected(e);
        }
    }

    private void showProgress(RecomputeProgress progress) {
        recomputeBar.setVisible(true);
        recomputeBar.setValue(progress.fraction());
        String shown = progress.finished() ? text("rates.recompute.done", progress.firms())
                : text("rates.recompute.running", progress.firms() - progress.waiting() - progress.failed(),
                progress.firms());
        recomputeStatus.setText(progress.failed() == 0 ? shown : shown + " "
                + text("rates.recompute.failed", progress.failed()));
        retry.setVisible(progress.failed() > 0);
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private void discardSelected() {
        Optional<RateDraft> draft = drafts.getSelectedItems().stream().findFirst();
        if (draft.isEmpty()) {
            message.setText(text("rates.choose.draft"));
            return;
        }
        try {
            changes.discard(draft.get().version().id());
            message.setText(text("rates.discarded"));
        } catch (RateChangeRefusedException e) {
            message.setText(e.getMessage());
        } catch (RuntimeException e) {
            unexpected(e);
        }
        refreshAll();
    }

    private void refreshAll() {
        refreshDrafts();
        showScheme(shown == null ? null : shown.key());
    }

    private void refreshDrafts() {
        List<RateDraft> open = rates.openDrafts();
        drafts.setItems(open);
        drafts.setVisible(!open.isEmpty());
        noDrafts.setVisible(open.isEmpty());
        publish.setEnabled(!open.isEmpty());
        discard.setEnabled(!open.isEmpty());
        preview.setEnabled(!open.isEmpty());
        impactSummary.setText("");
        impact.setVisible(false);
    }

    private void unexpected(RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "rate change failed", e);
        message.setText(text("rates.unexpected"));
    }

    private String valueToday(RateSeries s) {
        LocalDate today = FirmsCalendar.today(clock.instant());
        return s.records().stream().filter(r -> r.state() == RateRecord.State.IN_FORCE && r.value().appliesOn(today))
                .findFirst().map(r -> RateNumbers.show(r.value().value(), r.kind()) + " ("
                        + text("rates.status." + r.value().status().code()) + ")")
                .orElse(text("rates.none.today"));
    }

    private void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    private static void show(HasValidation field, String error) {
        field.setErrorMessage(error);
        field.setInvalid(true);
    }

    private static Component source(RateRecord r) {
        String title = r.value().source().title();
        String url = r.value().source().url();
        if (url.startsWith("https://") || url.startsWith("http://")) {
            Anchor link = new Anchor(url, title.isEmpty() ? url : title);
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            return link;
        }
        return new Span(title);
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(FirmsCalendar.ZONE));
    }
}
