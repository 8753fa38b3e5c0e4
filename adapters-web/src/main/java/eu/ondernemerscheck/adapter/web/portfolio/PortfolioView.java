package eu.ondernemerscheck.adapter.web.portfolio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.application.clients.port.in.ListClientsUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientUseCase;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;

import static eu.ondernemerscheck.adapter.web.accounts.AccountTexts.text;

/** The accountant's portfolio: every client of the accountant's own firm. */
@Route("portefeuille")
@PageTitle("Portefeuille | Ondernemerscheck")
@Menu(order = 10, title = "Portefeuille")
@RolesAllowed("ACCOUNTANT")
class PortfolioView extends VerticalLayout {

    final Grid<Client> grid = new Grid<>();
    final Button invite = new Button(text("client.invite.button"));

    PortfolioView(ListClientsUseCase clients, InviteClientUseCase invitations,
                  @Value("${ondernemerscheck.public-url:}") String publicUrl) {
        addClassName("oc-page");
        invite.addClickListener(e -> new InviteClientDialog(invitations, clients.listClients(), publicUrl,
                () -> grid.setItems(clients.listClients())).open());
        add(new H2("Portefeuille"), invite);
        grid.addColumn(Client::name).setHeader("Klant").setSortable(true).setFlexGrow(2);
        grid.addColumn(Client::country).setHeader("Land").setSortable(true).setAutoWidth(true);
        grid.addColumn(Client::legalForm).setHeader("Rechtsvorm").setSortable(true);
        grid.setItems(clients.listClients());
        add(grid);
    }
}
