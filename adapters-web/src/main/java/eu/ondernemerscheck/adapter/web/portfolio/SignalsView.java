package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.application.clients.port.in.PortfolioUseCase;
import eu.ondernemerscheck.domain.portfolio.FirmSignal;
import eu.ondernemerscheck.domain.shared.MoneyFormat;
import jakarta.annotation.security.RolesAllowed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import static eu.ondernemerscheck.adapter.web.portfolio.PortfolioTexts.text;

/**
 * The firm's signals of one year, highest euro value first, a page at a time from the database; each links to the
 * client's workspace at the field it is about.
 */
@Route("signalen")
@PageTitle("Signalen | Ondernemerscheck")
@Menu(order = 11, title = "Signalen")
@RolesAllowed("ACCOUNTANT")
class SignalsView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    final Select<Integer> year = new Select<>();
    final Grid<FirmSignal> grid = new Grid<>();
    final Span count = new Span();

    SignalsView(PortfolioUseCase portfolio) {
        addClassName("oc-page");
        addClassName("oc-signals");
        int current = portfolio.currentYear();
        year.setLabel(text("portfolio.year"));
        year.setItems(current + 1, current, current - 1, current - 2);
        year.setValue(current);
        Paragraph intro = new Paragraph(text("signals.intro", current));
        intro.addClassName("oc-muted");
        count.addClassName("oc-muted");
        grid.addColumn(s -> MoneyFormat.display(s.signal().euro())).setHeader(text("col.euro"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("euro");
        grid.addColumn(LitRenderer.<FirmSignal>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", SignalsView::link)
                        .withProperty("name", FirmSignal::clientName))
                .setHeader(text("col.client")).setFlexGrow(1).setKey("client");
        grid.addColumn(s -> s.signal().kind().label()).setHeader(text("col.scheme")).setAutoWidth(true);
        grid.addColumn(s -> s.signal().due() == null ? "" : DAY.format(s.signal().due())).setHeader(text("col.due"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.signal().message()).setHeader(text("col.message")).setFlexGrow(4);
        grid.setPageSize(50);
        grid.setEmptyStateText(text("signals.empty"));
        grid.setItems(q -> portfolio.signals(year.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> portfolio.countSignals(year.getValue()));
        grid.getLazyDataView().addItemCountChangeListener(e -> count.setText(text("signals.count",
                e.getItemCount())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> {
            String link = link(e.getItem());
            int question = link.indexOf('?');
            ui.navigate(link.substring(0, question), QueryParameters.fromString(link.substring(question + 1)));
        }));
        grid.setHeight("70vh");
        year.addValueChangeListener(e -> {
            intro.setText(text("signals.intro", e.getValue()));
            grid.getDataProvider().refreshAll();
        });
        add(new H2(text("signals.title")), intro, year, count, grid);
    }

    static String link(FirmSignal s) {
        String field = s.signal().scheme().isEmpty() ? "" : s.signal().scheme()
                + (s.signal().field().isEmpty() ? "" : "." + s.signal().field());
        return "klanten/" + s.signal().clientId() + "?jaar=" + s.signal().year()
                + (field.isEmpty() ? "" : "&veld=" + URLEncoder.encode(field, StandardCharsets.UTF_8));
    }
}
