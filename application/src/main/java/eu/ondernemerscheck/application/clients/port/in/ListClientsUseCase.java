package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.portfolio.Client;

import java.util.List;

/** The clients of the signed-in accountant's own firm; never another firm's. */
public interface ListClientsUseCase {
    List<Client> listClients();
}
