package eu.ondernemerscheck.adapter.web.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import eu.ondernemerscheck.application.exchange.port.in.ExportPortfolioUseCase;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;

import java.util.function.Supplier;

/** The portfolio's export (of what the grid shows) and the way to the client import, for the portfolio screen. */
public final class PortfolioExchange {

    private PortfolioExchange() {
    }

    /**
     * @param shown the query of the rows the grid shows at the moment of the download, so the file holds what the
     *              accountant sees; it is read in the download request, so it must be safe to read off the UI thread
     */
    public static Component bar(ExportPortfolioUseCase export, Supplier<PortfolioQuery> shown) {
        Anchor csv = new Anchor(Downloads.of(() -> export.exportPortfolio(shown.get())),
                ReportTexts.text("export.link"));
        csv.addClassName("oc-export-link");
        RouterLink importLink = new RouterLink(ReportTexts.text("import.link"), ClientImportView.class);
        HorizontalLayout bar = new HorizontalLayout(csv, importLink);
        bar.addClassName("oc-exchange-bar");
        return bar;
    }
}
