package eu.ondernemerscheck.application.accounts.port.in;

import java.util.Optional;

/**
 * There are no default accounts: while no administrator exists, a one-time setup secret is issued at start-up and
 * shown on the console only; whoever holds it creates the first administrator. Once one exists, setup is closed.
 */
public interface FirstAdminSetupUseCase {

    /** A fresh secret replacing any earlier one, or empty when an administrator exists already. */
    Optional<String> issueSetupSecret();

    boolean setupOpen();

    /**
     * Creates the first administrator when the secret is right and the password acceptable.
     *
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException naming the field that is wrong
     */
    void createFirstAdmin(CreateFirstAdminCommand command);
}
