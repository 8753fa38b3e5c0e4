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
import eu.ondernemerscheck.adapter.web.report.PortfolioExchange;
import eu.ondernemerscheck.adapter.web.report.ReportLinks;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.exchange.port.in.ExportPortfolioUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientUseCase;
import eu.ondernemerscheck.application.report.port.in.ClientReportUseCase;
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

    PortfolioView(ListClientsUseCase clients, InviteClientUseCase invitations, ClientFactsUseCase facts,
                  ClientReportUseCase reports, ExportPortfolioUseCase export,
                  @Value("${ondernemerscheck.public-url:}") String publicUrl) {
        addClassName("oc-page");
        invite.addClickListener(e -> new InviteClientDialog(invitations, clients.listClients(), publicUrl,
                () -> grid.setItems(clients.listClients())).open());
        add(new H2("Portefeuille"), invite, PortfolioExchange.bar(export));
        grid.addColumn(Client::name).setHeader("Klant").setSortable(true).setFlexGrow(2);
        grid.addColumn(Client::country).setHeader("Land").setSortable(true).setAutoWidth(true);
        grid.addColumn(Client::legalForm).setHeader("Rechtsvorm").setSortable(true);
        grid.addComponentColumn(c -> ReportLinks.forClient(reports, facts, c.id())).setHeader("Rapport")
                .setAutoWidth(true);
        grid.setItems(clients.listClients());
        add(grid);
    }
}
