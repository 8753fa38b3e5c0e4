package eu.ondernemerscheck.adapter.web.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import eu.ondernemerscheck.application.exchange.port.in.ExportPortfolioUseCase;

/** The portfolio's export download and the way to the client import, for the portfolio screen. */
public final class PortfolioExchange {

    private PortfolioExchange() {
    }

    public static Component bar(ExportPortfolioUseCase export) {
        Anchor csv = new Anchor(Downloads.of(export::exportPortfolio), ReportTexts.text("export.link"));
        csv.addClassName("oc-export-link");
        RouterLink importLink = new RouterLink(ReportTexts.text("import.link"), ClientImportView.class);
        HorizontalLayout bar = new HorizontalLayout(csv, importLink);
        bar.addClassName("oc-exchange-bar");
        return bar;
    }
}
