package eu.ondernemerscheck.application.clients.port.out;

import eu.ondernemerscheck.application.clients.port.in.ClientSummary;

import java.util.List;

/** Reads clients from the schema of the firm in the tenant context. */
public interface LoadClientsPort {
    List<ClientSummary> loadClients();
}
