package eu.ondernemerscheck.application.accounts.port.in;

import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;

/**
 * An account whose password has just been verified: who it is, its role, the firm it belongs to (none for a platform
 * administrator) and what it still has to do for its second factor. The password hash never leaves the application.
 */
public record LoginAccount(long id, String email, String displayName, Role role, FirmId firm,
                           SecondFactor secondFactor) {

    /** What stands between a verified password and the account's role. */
    public enum SecondFactor {
        /** No second factor for this account: the password suffices. */
        NONE,
        /** A second factor is required but not set up yet: set it up now, before anything else. */
        ENROL,
        /** A second factor is set up: a code is asked before anything else. */
        VERIFY
    }
}
