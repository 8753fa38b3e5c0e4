package eu.ondernemerscheck.application.proposals.port.out;

import eu.ondernemerscheck.domain.shared.FirmId;

import java.util.Optional;

/** The client record a client account is linked to, set when the account came from the client's invitation. */
public interface LinkedClientPort {

    /** Empty for an account of another firm, a staff account, or a client account without a link. */
    Optional<Long> clientOf(long accountId, FirmId firm);

    /** Links a client account of {@code firm} to its client record; for accounts made without an invitation. */
    void link(long accountId, FirmId firm, long clientId);
}
