package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.application.clients.port.in.ListClientsUseCase;
import jakarta.annotation.security.RolesAllowed;

/** The accountant's portfolio: every client of the accountant's own firm. */
@Route("portefeuille")
@PageTitle("Portefeuille | Ondernemerscheck")
@Menu(order = 10, title = "Portefeuille")
@RolesAllowed("ACCOUNTANT")
class PortfolioView extends VerticalLayout {

    final Grid<Client> grid = new Grid<>();

    PortfolioView(ListClientsUseCase clients) {
        addClassName("oc-page");
        add(new H2("Portefeuille"));
        grid.addColumn(Client::name).setHeader("Klant").setSortable(true).setFlexGrow(2);
        grid.addColumn(Client::country).setHeader("Land").setSortable(true).setAutoWidth(true);
        grid.addColumn(Client::legalForm).setHeader("Rechtsvorm").setSortable(true);
        grid.setItems(clients.listClients());
        add(grid);
    }
}
