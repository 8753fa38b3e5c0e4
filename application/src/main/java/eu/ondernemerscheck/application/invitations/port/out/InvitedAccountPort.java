package eu.ondernemerscheck.application.invitations.port.out;

import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;

/** Creates the account of an accepted invitation; a client account refers to its client in the firm's schema. */
public interface InvitedAccountPort {

    boolean accountExists(String normalisedEmail);

    long createAccount(String normalisedEmail, String displayName, String passwordHash, Role role, FirmId firm,
                       Long clientId);
}
