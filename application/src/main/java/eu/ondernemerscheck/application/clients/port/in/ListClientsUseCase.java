package eu.ondernemerscheck.application.clients.port.in;

import java.util.List;

/** The clients of the signed-in accountant's own firm; never another firm's. */
public interface ListClientsUseCase {
    List<ClientSummary> listClients();
}
