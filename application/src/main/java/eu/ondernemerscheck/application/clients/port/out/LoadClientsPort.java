package eu.ondernemerscheck.application.clients.port.out;

import eu.ondernemerscheck.domain.portfolio.Client;

import java.util.List;

/** Reads clients from the schema of the firm in the tenant context. */
public interface LoadClientsPort {
    List<Client> loadClients();
}
