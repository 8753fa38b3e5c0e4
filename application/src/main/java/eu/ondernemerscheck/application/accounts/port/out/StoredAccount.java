package eu.ondernemerscheck.application.accounts.port.out;

import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;

/** An account row of the platform schema. */
public record StoredAccount(long id, String email, String displayName, String passwordHash, Role role, FirmId firm,
                            boolean enabled) {
}
