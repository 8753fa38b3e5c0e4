package eu.ondernemerscheck.application.accounts.port.out;

import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;

/** Stores accounts in the platform schema. */
public interface SaveAccountPort {

    long create(String normalisedEmail, String displayName, String passwordHash, Role role, FirmId firm);

    void updatePasswordHash(long accountId, String passwordHash);
}
