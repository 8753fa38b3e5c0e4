package eu.ondernemerscheck.application.clients.port.out;

import eu.ondernemerscheck.domain.portfolio.Client;

import java.util.List;
import java.util.Optional;

/** Reads clients from the schema of the firm in the tenant context. */
public interface LoadClientsPort {
    List<Client> loadClients();

    Optional<Client> loadClient(long id);
}
