package eu.ondernemerscheck.application.accounts.port.in;

import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;

/**
 * What the sign-in needs to know of an account: the e-mail address, the stored password hash, the role, the firm it
 * belongs to (none for a platform administrator) and whether it may sign in.
 */
public record LoginAccount(long id, String email, String displayName, String passwordHash, Role role, FirmId firm,
                           boolean enabled) {
}
