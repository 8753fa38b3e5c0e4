package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.adapter.web.report.PortfolioExchange;
import eu.ondernemerscheck.application.clients.port.in.PortfolioUseCase;
import eu.ondernemerscheck.application.notices.port.in.RecomputeNoticesUseCase;
import eu.ondernemerscheck.application.exchange.port.in.ExportPortfolioUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientUseCase;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;
import eu.ondernemerscheck.domain.portfolio.PortfolioRow;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.MoneyFormat;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static eu.ondernemerscheck.adapter.web.accounts.AccountTexts.text;

/**
 * The accountant's home: every client of the own firm with the figures of one year, in a grid that asks the database
 * for the rows it shows (sorting, filters and the name search run in SQL), so it stays fast with thousands of clients
 * and an open portfolio holds only the rows on screen. A row opens the client's workspace. The filters and the sort
 * are kept in the address ({@code ?jaar=2025&zoek=bakker&land=NL&vorm=bv&signaal=met&sorteer=kia&richting=af}), so
 * going back from a client, a bookmark or a shared link shows the same selection.
 */
@Route("portefeuille")
@PageTitle("Portefeuille | Ondernemerscheck")
@Menu(order = 10, title = "Portefeuille")
@RolesAllowed("ACCOUNTANT")
class PortfolioView extends VerticalLayout implements BeforeEnterObserver {

    /** The choice "all" of a filter; never a country, legal form or year. */
    private static final String ALL = "*";
    static final String YEAR = "jaar";
    static final String SEARCH = "zoek";
    static final String COUNTRY = "land";
    static final String LEGAL_FORM = "vorm";
    static final String SIGNAL = "signaal";
    static final String SORT = "sorteer";
    static final String DIRECTION = "richting";
    private static final String WITH = "met";
    private static final String WITHOUT = "zonder";
    /** The default order: the client with the most valuable signal first, the reason to open the portfolio. */
    private static final PortfolioQuery.Sort DEFAULT_SORT = PortfolioQuery.Sort.TOP_SIGNAL;

    final Grid<PortfolioRow> grid = new Grid<>();
    final Button invite = new Button(text("client.invite.button"));
    final ChoiceSelect year;
    final TextField search = new TextField();
    final ChoiceSelect country;
    final ChoiceSelect legalForm;
    final ChoiceSelect signal;
    final Span count = new Span();
    private final PortfolioUseCase portfolio;
    /** What the grid shows now, for the export; written on the UI thread, read by the download request. */
    private volatile PortfolioQuery shown;
    private final Map<PortfolioQuery.Sort, Grid.Column<PortfolioRow>> sortable = new EnumMap<>(
            PortfolioQuery.Sort.class);
    /** True while the filters are set from the address, so setting them does not write the address again. */
    private boolean restoring;

    final Anchor notices = new Anchor("meldingen");

    PortfolioView(PortfolioUseCase portfolio, InviteClientUseCase invitations, ExportPortfolioUseCase export,
                  RecomputeNoticesUseCase recomputeNotices,
                  @Value("${ondernemerscheck.public-url:}") String publicUrl) {
        this.portfolio = portfolio;
        addClassName("oc-page");
        addClassName("oc-portfolio");
        invite.addClickListener(e -> new InviteClientDialog(invitations, portfolio, publicUrl,
                () -> grid.getDataProvider().refreshAll()).open());

        int current = portfolio.currentYear();
        Map<String, String> years = new LinkedHashMap<>();
        for (int y : List.of(current + 1, current, current - 1, current - 2)) {
            years.put(String.valueOf(y), String.valueOf(y));
        }
        year = new ChoiceSelect(PortfolioTexts.text("portfolio.year"), years, String.valueOf(current));
        search.setLabel(PortfolioTexts.text("portfolio.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        Map<String, String> countries = new LinkedHashMap<>();
        countries.put(ALL, PortfolioTexts.text("portfolio.country.all"));
        for (Country c : List.of(Country.NL, Country.BE)) {
            countries.put(c.name(), PortfolioTexts.text("country." + c.name()));
        }
        country = new ChoiceSelect(PortfolioTexts.text("portfolio.country"), countries, ALL);
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put(ALL, PortfolioTexts.text("portfolio.legalForm.all"));
        portfolio.legalForms().stream().filter(f -> !ALL.equals(f)).forEach(f -> forms.put(f, f));
        legalForm = new ChoiceSelect(PortfolioTexts.text("portfolio.legalForm"), forms, ALL);
        Map<String, String> signals = new LinkedHashMap<>();
        signals.put(ALL, PortfolioTexts.text("portfolio.signal.all"));
        signals.put(WITH, PortfolioTexts.text("portfolio.signal.with"));
        signals.put(WITHOUT, PortfolioTexts.text("portfolio.signal.without"));
        signal = new ChoiceSelect(PortfolioTexts.text("portfolio.signal"), signals, ALL);
        Div filters = new Div(year, search, country, legalForm, signal, invite);
        filters.addClassName("oc-filters");
        count.addClassName("oc-muted");
        int unread = recomputeNotices.unread();
        notices.setText(PortfolioTexts.text("portfolio.notices", unread));
        notices.addClassName("oc-notice-badge");
        notices.setVisible(unread > 0);
        add(new H2(PortfolioTexts.text("portfolio.title")), notices, filters, PortfolioExchange.bar(export, () -> shown),
                count);

        // a figure on a provisional rate may still change when the rate is confirmed or corrected (issue 9 point 5);
        // the mark sits beside the name rather than in a column of its own, as every column costs each open
        // portfolio memory on the server (issue 8)
        grid.addColumn(LitRenderer.<PortfolioRow>of("<a href=\"${item.href}\">${item.name}</a>"
                                + "<span class=\"oc-provisional-mark\" ?hidden=\"${!item.provisional}\" title=\""
                                + PortfolioTexts.text("portfolio.provisional.title") + "\">"
                                + PortfolioTexts.text("portfolio.provisional") + "</span>")
                        .withProperty("href", r -> "klanten/" + r.clientId() + "?jaar=" + chosenYear())
                        .withProperty("name", PortfolioRow::name)
                        .withProperty("provisional", PortfolioRow::provisional))
                .setHeader(PortfolioTexts.text("col.client")).setSortProperty(PortfolioQuery.Sort.NAME.name())
                .setFlexGrow(2).setKey("name");
        grid.addColumn(r -> PortfolioTexts.text("country." + r.country().name()))
                .setHeader(PortfolioTexts.text("col.country")).setSortProperty(PortfolioQuery.Sort.COUNTRY.name())
                .setAutoWidth(true).setKey("country");
        grid.addColumn(PortfolioRow::legalForm).setHeader(PortfolioTexts.text("col.legalForm"))
                .setSortProperty(PortfolioQuery.Sort.LEGAL_FORM.name()).setAutoWidth(true).setKey("legalForm");
        grid.addColumn(PortfolioRow::fitText).setHeader(PortfolioTexts.text("col.fit"))
                .setSortProperty(PortfolioQuery.Sort.FIT.name()).setAutoWidth(true).setKey("fit");
        grid.addColumn(r -> euro(r.kiaEur())).setHeader(PortfolioTexts.text("col.kia"))
                .setSortProperty(PortfolioQuery.Sort.KIA.name()).setTextAlign(ColumnTextAlign.END).setKey("kia");
        grid.addColumn(r -> euro(r.vaaEur())).setHeader(PortfolioTexts.text("col.vaa"))
                .setSortProperty(PortfolioQuery.Sort.VAA.name()).setTextAlign(ColumnTextAlign.END).setKey("vaa");
        grid.addColumn(r -> euro(r.carCostsEur())).setHeader(PortfolioTexts.text("col.carCosts"))
                .setSortProperty(PortfolioQuery.Sort.CAR_COSTS.name()).setTextAlign(ColumnTextAlign.END)
                .setKey("carCosts");
        grid.addColumn(r -> r.openProposals() == null ? "" : String.valueOf(r.openProposals()))
                .setHeader(PortfolioTexts.text("col.proposals")).setAutoWidth(true).setKey("proposals");
        grid.addColumn(r -> r.topSignalEur() == null ? "" : euro(r.topSignalEur()) + " · " + r.topSignal())
                .setHeader(PortfolioTexts.text("col.topSignal")).setSortProperty(PortfolioQuery.Sort.TOP_SIGNAL.name())
                .setFlexGrow(3).setKey("topSignal");
        for (Grid.Column<PortfolioRow> column : grid.getColumns()) {
            sortKey(column.getKey()).ifPresent(sort -> sortable.put(sort, column));
        }
        grid.setMultiSort(false);
        grid.setPageSize(50);
        grid.setEmptyStateText(PortfolioTexts.text("portfolio.noMatch"));
        grid.setItems(q -> portfolio.clients(query(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> portfolio.countClients(query(List.of())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("klanten/" + e.getItem().clientId(),
                QueryParameters.of("jaar", String.valueOf(chosenYear())))));
        grid.sort(List.of(new GridSortOrder<>(sortable.get(DEFAULT_SORT), SortDirection.DESCENDING)));
        shown = shownQuery();
        grid.setHeight("70vh");
        add(grid);

        year.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        legalForm.addValueChangeListener(e -> refresh());
        signal.addValueChangeListener(e -> refresh());
        grid.addSortListener(e -> {
            shown = shownQuery();
            rememberInAddress();
        });
        grid.getLazyDataView().addItemCountChangeListener(e -> count.setText(
                PortfolioTexts.text("portfolio.count", e.getItemCount())));
        if (portfolio.countClients(PortfolioQuery.all(current)) == 0) {
            Paragraph empty = new Paragraph(PortfolioTexts.text("portfolio.empty"));
            empty.addClassName("oc-muted");
            addComponentAtIndex(2, empty);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> asked = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            // what the address leaves out goes back to its default: the same view is reused for a new address
            year.setValue(first(asked, YEAR).filter(year::offers).orElse(String.valueOf(portfolio.currentYear())));
            search.setValue(first(asked, SEARCH).map(q -> q.length() > 200 ? q.substring(0, 200) : q).orElse(""));
            country.setValue(first(asked, COUNTRY).map(c -> c.toUpperCase(Locale.ROOT))
                    .filter(c -> !ALL.equals(c) && country.offers(c)).orElse(ALL));
            legalForm.setValue(first(asked, LEGAL_FORM).filter(f -> !ALL.equals(f) && legalForm.offers(f))
                    .orElse(ALL));
            signal.setValue(first(asked, SIGNAL).filter(v -> !ALL.equals(v) && signal.offers(v)).orElse(ALL));
            PortfolioQuery.Sort sort = first(asked, SORT).flatMap(PortfolioView::sortOf).orElse(DEFAULT_SORT);
            boolean descending = first(asked, SORT).flatMap(PortfolioView::sortOf).isEmpty()
                    || first(asked, DIRECTION).map("af"::equals).orElse(false);
            grid.sort(List.of(new GridSortOrder<>(sortable.get(sort), descending ? SortDirection.DESCENDING
                    : SortDirection.ASCENDING)));
        } finally {
            restoring = false;
        }
        shown = shownQuery();
        grid.getDataProvider().refreshAll();
    }

    /** The address parameters that describe the current filters and sort; the defaults are left out. */
    QueryParameters addressParameters() {
        Map<String, String> out = new LinkedHashMap<>();
        if (chosenYear() != portfolio.currentYear()) {
            out.put(YEAR, String.valueOf(chosenYear()));
        }
        if (!search.getValue().isBlank()) {
            out.put(SEARCH, search.getValue().strip());
        }
        if (!ALL.equals(country.getValue())) {
            out.put(COUNTRY, country.getValue());
        }
        if (!ALL.equals(legalForm.getValue())) {
            out.put(LEGAL_FORM, legalForm.getValue());
        }
        if (!ALL.equals(signal.getValue())) {
            out.put(SIGNAL, signal.getValue());
        }
        PortfolioQuery now = shownQuery();
        if (now.sort() != DEFAULT_SORT || !now.descending()) {
            out.put(SORT, now.sort().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            out.put(DIRECTION, now.descending() ? "af" : "op");
        }
        return QueryParameters.simple(out);
    }

    /** Replaces (not pushes) the address, so the back button leaves the portfolio instead of undoing a filter. */
    private void rememberInAddress() {
        if (restoring) {
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("portefeuille", addressParameters())));
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst().strip());
    }

    /** The year whose figures the grid shows. */
    int chosenYear() {
        return Integer.parseInt(year.getValue());
    }

    private static Optional<PortfolioQuery.Sort> sortOf(String text) {
        try {
            return Optional.of(PortfolioQuery.Sort.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<PortfolioQuery.Sort> sortKey(String columnKey) {
        return switch (columnKey) {
            case "name" -> Optional.of(PortfolioQuery.Sort.NAME);
            case "country" -> Optional.of(PortfolioQuery.Sort.COUNTRY);
            case "legalForm" -> Optional.of(PortfolioQuery.Sort.LEGAL_FORM);
            case "fit" -> Optional.of(PortfolioQuery.Sort.FIT);
            case "kia" -> Optional.of(PortfolioQuery.Sort.KIA);
            case "vaa" -> Optional.of(PortfolioQuery.Sort.VAA);
            case "carCosts" -> Optional.of(PortfolioQuery.Sort.CAR_COSTS);
            case "topSignal" -> Optional.of(PortfolioQuery.Sort.TOP_SIGNAL);
            default -> Optional.empty();
        };
    }

    /** The query the filters describe; the sort comes from the grid's header. */
    PortfolioQuery query(List<QuerySortOrder> sortOrders) {
        PortfolioQuery.Sort sort = PortfolioQuery.Sort.NAME;
        boolean descending = false;
        if (!sortOrders.isEmpty()) {
            sort = PortfolioQuery.Sort.valueOf(sortOrders.getFirst().getSorted());
            descending = sortOrders.getFirst().getDirection() == SortDirection.DESCENDING;
        }
        return new PortfolioQuery(chosenYear(), search.getValue(),
                ALL.equals(country.getValue()) ? null : Country.valueOf(country.getValue()),
                ALL.equals(legalForm.getValue()) ? "" : legalForm.getValue(),
                ALL.equals(signal.getValue()) ? null : WITH.equals(signal.getValue()), sort, descending);
    }

    /** The filters together with the sort the grid's header shows now. */
    PortfolioQuery shownQuery() {
        return query(grid.getSortOrder().stream().flatMap(o -> o.getSorted().getSortOrder(o.getDirection())).toList());
    }

    private void refresh() {
        shown = shownQuery();
        if (restoring) {
            return;
        }
        grid.getDataProvider().refreshAll();
        rememberInAddress();
    }

    private static String euro(BigDecimal amount) {
        return amount == null ? "" : MoneyFormat.display(amount);
    }
}
