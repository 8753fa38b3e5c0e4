package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.portfolio.ClientProfile;

/** A client's profile in the signed-in accountant's own firm: read it, and change it without overwriting others. */
public interface ClientProfileUseCase {

    /** @throws eu.ondernemerscheck.domain.portfolio.UnknownClientException when the firm has no such client */
    ClientProfile profile(long clientId);

    /**
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException naming every invalid field
     * @throws eu.ondernemerscheck.domain.shared.ChangedMeanwhileException when someone saved the profile since
     *         {@code command.expectedVersion()}
     */
    ClientProfile save(SaveProfileCommand command);
}
