package eu.ondernemerscheck.adapter.web.selfcheck;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import eu.ondernemerscheck.application.selfcheck.port.in.FindCheckFirmUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.FirmFace;
import eu.ondernemerscheck.application.selfcheck.port.in.ListLeadsUseCase;
import eu.ondernemerscheck.domain.leads.Lead;
import eu.ondernemerscheck.domain.leads.LeadFigure;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;

import java.time.format.DateTimeFormatter;

/**
 * The leads of the accountant's own firm: visitors of the firm's quick check who asked to be contacted, each with the
 * figures of their check; and the firm's quick-check link, to copy onto the firm's website.
 */
@Route("aanvragen")
@PageTitle("Aanvragen | Ondernemerscheck")
@Menu(order = 20, title = "Aanvragen")
@RolesAllowed("ACCOUNTANT")
class LeadsView extends VerticalLayout {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(FirmsCalendar.ZONE);

    final TextField checkLink = new TextField();
    final Grid<Lead> grid = new Grid<>();

    LeadsView(ListLeadsUseCase leads, FindCheckFirmUseCase firms) {
        addClassName("oc-page");
        SelfCheckTexts texts = SelfCheckTexts.forVisitor(SelfCheckTexts.browserLocale(), Country.NL);
        FirmFace firm = firms.ownFirm();
        checkLink.setLabel(texts.get("leads.link"));
        checkLink.setHelperText(texts.get("leads.link.help"));
        checkLink.setReadOnly(true);
        checkLink.setValue(baseUrl() + "check/" + firm.publicId());
        checkLink.setWidthFull();
        checkLink.addFocusListener(e -> checkLink.getElement().executeJs("this.inputElement.select()"));
        grid.addColumn(l -> RECEIVED.format(l.receivedAt())).setHeader(texts.get("leads.received"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Lead::name).setHeader(texts.get("leads.name")).setFlexGrow(1);
        grid.addColumn(Lead::email).setHeader(texts.get("leads.email")).setFlexGrow(1);
        grid.addColumn(Lead::phone).setHeader(texts.get("leads.phone")).setAutoWidth(true);
        grid.addColumn(l -> l.country().name()).setHeader(texts.get("leads.country")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Lead::message).setHeader(texts.get("leads.message")).setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(LeadsView::details));
        grid.setItems(leads.listLeads());
        grid.setAllRowsVisible(true);
        add(new H2(texts.get("leads.title")), checkLink, new Paragraph(texts.get("leads.intro")), grid);
    }

    private static Div details(Lead lead) {
        UnorderedList figures = new UnorderedList();
        for (LeadFigure f : lead.figures()) {
            String status = "provisional".equals(f.rateStatus()) ? " (voorlopige tarieven)" : "";
            figures.add(new ListItem(f.title() + " – " + f.label() + ": " + f.value() + status));
        }
        Div out = new Div(new Paragraph("Check " + lead.year() + " · " + lead.consentText()), figures);
        out.addClassName("oc-lead-details");
        return out;
    }

    /** The address this page was opened on, so the link works from the firm's own website. */
    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r ? r : null;
        if (request == null) {
            return "/";
        }
        HttpServletRequest http = request.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath() + "/";
    }
}
