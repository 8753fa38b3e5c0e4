package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.portfolio.Client;

/** Adds a client to the signed-in accountant's own firm. */
public interface RegisterClientUseCase {
    Client register(RegisterClientCommand command);
}
