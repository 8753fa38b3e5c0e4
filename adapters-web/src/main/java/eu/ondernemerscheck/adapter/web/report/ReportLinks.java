package eu.ondernemerscheck.adapter.web.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.report.port.in.ClientReportUseCase;

import java.util.List;

/**
 * Links to download a client's report, one per year with facts, for the portfolio and the client workspace. Each
 * link makes the PDF when followed.
 */
public final class ReportLinks {

    private ReportLinks() {
    }

    public static Component forClient(ClientReportUseCase reports, ClientFactsUseCase facts, long clientId) {
        Span links = new Span();
        links.addClassName("oc-report-links");
        List<Integer> years = facts.years(clientId);
        if (years.isEmpty()) {
            links.setText(ReportTexts.text("report.none"));
            links.addClassName("oc-muted");
            return links;
        }
        for (int year : years) {
            links.add(anchor(reports, clientId, year));
        }
        return links;
    }

    public static Anchor anchor(ClientReportUseCase reports, long clientId, int year) {
        Anchor anchor = new Anchor(Downloads.of(() -> reports.report(clientId, year)), ReportTexts.text(
                "report.year", Integer.toString(year)));
        anchor.getElement().setAttribute("title", ReportTexts.text("report.title", Integer.toString(year)));
        anchor.getElement().setAttribute("data-year", Integer.toString(year));
        anchor.addClassName("oc-report-link");
        return anchor;
    }
}
