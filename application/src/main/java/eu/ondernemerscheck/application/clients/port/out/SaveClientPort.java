package eu.ondernemerscheck.application.clients.port.out;

import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;

/** Stores a new client in the schema of the firm in the tenant context. */
public interface SaveClientPort {
    Client saveNew(String name, Country country, String legalForm);
}
