package eu.ondernemerscheck.adapter.web.proposals;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.application.proposals.port.in.ProposalSummary;
import eu.ondernemerscheck.application.proposals.port.in.ReviewProposalsUseCase;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The proposals of the accountant's own firm that wait for a decision, oldest first, each opening its review. */
@Route("voorstellen")
@PageTitle("Voorstellen | Ondernemerscheck")
@Menu(order = 15, title = "Voorstellen")
@RolesAllowed("ACCOUNTANT")
class ProposalsView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(FirmsCalendar.ZONE);

    final Grid<ProposalSummary> grid = new Grid<>();

    ProposalsView(ReviewProposalsUseCase proposals) {
        addClassName("oc-page");
        ProposalTexts texts = ProposalTexts.current();
        List<ProposalSummary> open = proposals.openProposals();
        grid.addColumn(new ComponentRenderer<>(p -> link(p, p.clientName()))).setHeader(texts.get("list.client"))
                .setFlexGrow(2);
        grid.addColumn(ProposalSummary::year).setHeader(texts.get("list.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProposalSummary::number).setHeader(texts.get("list.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.submittedAt() == null ? "" : WHEN.format(p.submittedAt()))
                .setHeader(texts.get("list.submitted")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(p -> link(p, texts.get("list.open")))).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(open);
        grid.setAllRowsVisible(true);
        add(new H2(texts.get("list.title")), new Paragraph(texts.get(open.isEmpty() ? "list.none" : "list.intro")),
                grid);
    }

    static Anchor link(ProposalSummary p, String text) {
        Anchor a = new Anchor(ProposalReviewView.ROUTE + "/" + p.id(), text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}
