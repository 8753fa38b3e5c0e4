package eu.ondernemerscheck.application.clients.port.out;

import eu.ondernemerscheck.domain.portfolio.ClientProfile;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Client profiles in the schema of the firm in the tenant context. */
public interface ClientProfilePort {

    Optional<ClientProfile> loadProfile(long clientId);

    /** The profiles of these clients in one read, by client id; a client that does not exist is missing. */
    Map<Long, ClientProfile> loadProfiles(Collection<Long> clientIds);

    /**
     * Replaces the profile if it is still at {@code expectedVersion}; the returned profile has the next version.
     *
     * @throws eu.ondernemerscheck.domain.shared.ChangedMeanwhileException otherwise, naming who saved last and when
     */
    ClientProfile saveProfile(ClientProfile profile, long expectedVersion, String by, Instant at);
}
