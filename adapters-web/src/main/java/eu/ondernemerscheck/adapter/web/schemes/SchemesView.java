package eu.ondernemerscheck.adapter.web.schemes;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.application.rates.port.in.ListSchemesUseCase;
import eu.ondernemerscheck.application.rates.port.in.SchemeOverview;
import eu.ondernemerscheck.domain.rules.RateStatus;
import jakarta.annotation.security.PermitAll;

import java.util.Map;
import java.util.stream.Collectors;

/** Every scheme of the catalogue with the years that have rates, and whether those rates are still provisional. */
@Route("regelingen")
@PageTitle("Regelingen | Ondernemerscheck")
@Menu(order = 90, title = "Regelingen")
@PermitAll
class SchemesView extends VerticalLayout {

    final Grid<SchemeOverview> grid = new Grid<>();

    SchemesView(ListSchemesUseCase schemes) {
        addClassName("oc-page");
        add(new H2("Regelingen"), new Paragraph("Tariefversie in gebruik: " + schemes.rateVersion()
                + ". Jaren met een * gebruiken voorlopige tarieven."));
        grid.addColumn(s -> s.definition().country()).setHeader("Land").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.definition().title()).setHeader("Regeling").setFlexGrow(2);
        grid.addColumn(s -> s.definition().id()).setHeader("Code").setAutoWidth(true);
        grid.addColumn(s -> years(s.years())).setHeader("Jaren met tarieven").setFlexGrow(2);
        grid.setItems(schemes.listSchemes());
        grid.setAllRowsVisible(true);
        Anchor api = new Anchor("swagger-ui/index.html", "Rekenen vanuit eigen software: de API-documentatie");
        api.setTarget("_blank");
        add(grid, new Paragraph(api));
    }

    static String years(Map<Integer, RateStatus> years) {
        if (years.isEmpty()) {
            return "geen";
        }
        return years.entrySet().stream()
                .map(e -> e.getKey() + (e.getValue() == RateStatus.PROVISIONAL ? "*" : ""))
                .collect(Collectors.joining(", "));
    }
}
