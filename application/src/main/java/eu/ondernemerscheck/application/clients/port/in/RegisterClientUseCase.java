package eu.ondernemerscheck.application.clients.port.in;

/** Adds a client to the signed-in accountant's own firm. */
public interface RegisterClientUseCase {
    ClientSummary register(RegisterClientCommand command);
}
