package eu.ondernemerscheck.application.clients.port.out;

import eu.ondernemerscheck.application.clients.port.in.ClientSummary;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;

/** Stores a new client in the schema of the firm in the tenant context. */
public interface SaveClientPort {
    ClientSummary saveNew(RegisterClientCommand client);
}
