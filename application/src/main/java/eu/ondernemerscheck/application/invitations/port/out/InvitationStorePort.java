package eu.ondernemerscheck.application.invitations.port.out;

import java.time.Instant;
import java.util.Optional;

/** Invitations in the platform schema, found by the hash of their token. */
public interface InvitationStorePort {

    void save(NewInvitation invitation);

    /** The invitation when it is neither used nor expired at {@code now}. */
    Optional<PendingInvitation> findUsable(String tokenHash, Instant now);

    /**
     * Marks the invitation used in one conditional update; of two simultaneous calls exactly one gets it.
     *
     * @return the invitation when this call used it up, empty when it was unknown, expired or already used
     */
    Optional<PendingInvitation> consume(String tokenHash, Instant now);
}
