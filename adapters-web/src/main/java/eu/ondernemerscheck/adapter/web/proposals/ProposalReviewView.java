package eu.ondernemerscheck.adapter.web.proposals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.application.audit.port.in.RecordSecurityEventUseCase;
import eu.ondernemerscheck.application.proposals.port.in.AcceptProposalCommand;
import eu.ondernemerscheck.application.proposals.port.in.DecideProposalCommand;
import eu.ondernemerscheck.application.proposals.port.in.ProposalReview;
import eu.ondernemerscheck.application.proposals.port.in.ReviewProposalsUseCase;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.portfolio.UnknownClientException;
import eu.ondernemerscheck.domain.proposals.FieldChange;
import eu.ondernemerscheck.domain.proposals.FigureEffect;
import eu.ondernemerscheck.domain.proposals.Proposal;
import eu.ondernemerscheck.domain.proposals.ProposalRefusedException;
import eu.ondernemerscheck.domain.proposals.ProposalStatus;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.MoneyFormat;
import jakarta.annotation.security.RolesAllowed;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One proposal of a client of the accountant's own firm, field by field beside the facts the firm holds, with what
 * each change and all changes together do to every figure (both sides computed on one rate book). The accountant
 * takes over all or the chosen changes, asks for an adjustment with a comment, or rejects it; each decision is
 * audited by the application.
 */
@Route("voorstel/:id")
@PageTitle("Voorstel | Ondernemerscheck")
@RolesAllowed("ACCOUNTANT")
class ProposalReviewView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "voorstel";

    private final ReviewProposalsUseCase proposals;
    private final ProposalTexts texts = ProposalTexts.current();

    Grid<FieldChange> changes;
    Grid<FigureEffect> figures;
    Button acceptAll;
    Button acceptSelected;
    TextArea comment;
    Button requestChanges;
    Button reject;
    private ProposalReview review;

    private final RecordSecurityEventUseCase events;

    ProposalReviewView(ReviewProposalsUseCase proposals, RecordSecurityEventUseCase events) {
        this.proposals = proposals;
        this.events = events;
        addClassName("oc-page");
        addClassName("oc-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().get("id").map(ProposalReviewView::id).orElse(0L);
        try {
            review = proposals.review(id);
        } catch (ProposalRefusedException | UnknownClientException e) {
            // another firm's proposal id lands here too: recorded like a refused call, without the id
            events.accessDenied("route /voorstel/:id: no proposal of the firm");
            review = null;
            add(new H2(texts.get("list.title")), new Paragraph(texts.get("review.unknown")), back());
            return;
        }
        build();
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void build() {
        Proposal p = review.proposal();
        add(new H2(texts.get("review.title", review.client().name())),
                new Paragraph(texts.get("review.meta", p.year(), p.number(),
                        p.submittedAt() == null ? "" : ProposalsView.WHEN.format(p.submittedAt()),
                        texts.get("status." + p.status().name()))));
        if (!p.comment().isEmpty()) {
            Paragraph said = new Paragraph(p.comment());
            said.addClassName("oc-muted");
            add(said);
        }
        if (!p.notApplicable().isEmpty()) {
            add(new Paragraph(texts.get("review.skipped", p.notApplicable().stream()
                    .map(s -> SchemeCatalogue.standard().find(s).map(x -> x.definition().title()).orElse(s))
                    .collect(Collectors.joining(", ")))));
        }
        changes = new Grid<>();
        changes.addClassName("oc-changes");
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(FieldChange::schemeTitle).setHeader(texts.get("col.scheme")).setAutoWidth(true);
        changes.addColumn(FieldChange::label).setHeader(texts.get("col.field")).setFlexGrow(1);
        changes.addColumn(FieldChange::currentText).setHeader(texts.get("col.current")).setAutoWidth(true);
        changes.addColumn(FieldChange::proposedText).setHeader(texts.get("col.proposed")).setAutoWidth(true);
        changes.addColumn(c -> c.effects().isEmpty() ? texts.get("effect.none") : c.effects().stream()
                .map(e -> e.title() + ": " + e.before() + " → " + e.after()).collect(Collectors.joining("; ")))
                .setHeader(texts.get("col.effect")).setFlexGrow(2);
        changes.setItems(review.comparison().changes());
        changes.setAllRowsVisible(true);
        figures = new Grid<>();
        figures.addClassName("oc-effects");
        figures.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        figures.addColumn(FigureEffect::title).setHeader(texts.get("col.scheme")).setAutoWidth(true);
        figures.addColumn(FigureEffect::label).setHeader(texts.get("col.output")).setFlexGrow(1);
        figures.addColumn(FigureEffect::before).setHeader(texts.get("col.before")).setAutoWidth(true);
        figures.addColumn(FigureEffect::after).setHeader(texts.get("col.after")).setAutoWidth(true);
        figures.addColumn(e -> e.difference() == null ? "" : (e.difference().signum() > 0 ? "+" : "")
                + MoneyFormat.display(e.difference())).setHeader(texts.get("col.difference")).setAutoWidth(true);
        figures.setItems(review.comparison().effects());
        figures.setAllRowsVisible(true);
        if (review.comparison().changes().isEmpty()) {
            add(new Paragraph(texts.get("review.none")));
        } else {
            add(new H3(texts.get("review.changes")), changes);
        }
        add(new H3(texts.get("review.figures")), figures, new Paragraph(texts.get("review.rates",
                review.rateVersion())));
        if (p.status() == ProposalStatus.ACCEPTED && !p.acceptedFields().isEmpty()) {
            add(new Paragraph(texts.get("review.accepted.fields", String.join(", ", p.acceptedFields()))));
        }
        if (p.status() == ProposalStatus.SUBMITTED) {
            add(decisions());
        }
        add(back());
    }

    private Div decisions() {
        changes.setSelectionMode(Grid.SelectionMode.MULTI);
        review.comparison().changes().forEach(changes::select);
        acceptAll = new Button(texts.get("accept.all"), e -> accept(true));
        acceptAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acceptSelected = new Button(texts.get("accept.selected"), e -> accept(false));
        acceptSelected.setVisible(!review.comparison().changes().isEmpty());
        comment = new TextArea(texts.get("comment"));
        comment.setHelperText(texts.get("comment.help"));
        comment.setMaxLength(Proposal.MAX_COMMENT);
        comment.setWidthFull();
        requestChanges = new Button(texts.get("request.changes"), e -> decide(() -> proposals.requestChanges(
                new DecideProposalCommand(review.proposal().id(), comment.getValue(),
                        review.proposal().rowVersion())), "done.changes"));
        reject = new Button(texts.get("reject"), e -> decide(() -> proposals.reject(new DecideProposalCommand(
                review.proposal().id(), comment.getValue(), review.proposal().rowVersion())), "done.rejected"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div accept = new Div(acceptAll, acceptSelected);
        accept.addClassName("oc-step-buttons");
        Div other = new Div(requestChanges, reject);
        other.addClassName("oc-step-buttons");
        Div box = new Div(accept, comment, other);
        box.addClassName("oc-decision");
        return box;
    }

    private void accept(boolean all) {
        Set<String> chosen = new LinkedHashSet<>();
        changes.getSelectedItems().forEach(c -> chosen.add(c.key()));
        if (!all && chosen.isEmpty()) {
            Notification.show(texts.get("accept.choose"), 5000, Notification.Position.MIDDLE);
            return;
        }
        decide(() -> proposals.accept(new AcceptProposalCommand(review.proposal().id(), all, chosen,
                review.proposal().rowVersion(), review.current().version())), "done.accepted");
    }

    private void decide(Supplier<?> action, String done) {
        comment.setInvalid(false);
        try {
            action.get();
        } catch (ChangedMeanwhileException e) {
            Notification.show(texts.get("changed.meanwhile", e.changedBy(), ProposalsView.WHEN.format(
                    e.changedAt())), 8000, Notification.Position.MIDDLE);
            return;
        } catch (InvalidInputException e) {
            String message = e.errors().stream().map(FieldError::message).distinct()
                    .collect(Collectors.joining(" "));
            if (e.errors().stream().anyMatch(err -> err.field().equals("comment"))) {
                comment.setErrorMessage(message);
                comment.setInvalid(true);
            } else {
                Notification.show(message, 8000, Notification.Position.MIDDLE);
            }
            return;
        } catch (ProposalRefusedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
            return;
        }
        Notification.show(texts.get(done), 5000, Notification.Position.BOTTOM_CENTER);
        getUI().ifPresent(ui -> ui.navigate(ProposalsView.class));
    }

    private Anchor back() {
        Anchor a = new Anchor("voorstellen", texts.get("back"));
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    ProposalReview review() {
        return review;
    }
}
