package eu.ondernemerscheck.adapter.web.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.application.report.port.in.OwnReportUseCase;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

import static eu.ondernemerscheck.adapter.web.report.ReportTexts.text;

/**
 * The signed-in client's own reports, {@code /mijn-rapport}: one download per year their accountant keeps facts for.
 * The client record is the one the account is linked to; nothing in the address picks it.
 */
@Route("mijn-rapport")
@PageTitle("Mijn rapport | Ondernemerscheck")
@Menu(order = 30, title = "Mijn rapport")
@RolesAllowed("CLIENT")
class OwnReportView extends VerticalLayout {

    OwnReportView(OwnReportUseCase reports) {
        addClassName("oc-page");
        add(new H2(text("own.title")));
        List<Integer> years = reports.ownReportYears();
        if (years.isEmpty()) {
            add(new Paragraph(text("own.none")));
            return;
        }
        add(new Paragraph(text("own.intro")));
        for (int year : years) {
            Anchor link = new Anchor(Downloads.of(() -> reports.ownReport(year)), text("own.year", Integer.toString(
                    year)));
            link.addClassName("oc-report-link");
            link.getElement().setAttribute("data-year", Integer.toString(year));
            add(link);
        }
    }
}
