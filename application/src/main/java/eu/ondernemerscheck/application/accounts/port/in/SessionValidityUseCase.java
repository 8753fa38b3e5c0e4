package eu.ondernemerscheck.application.accounts.port.in;

import java.time.Instant;

/** Whether a session signed in at a given moment may still be used by its account. */
public interface SessionValidityUseCase {

    /** False when the account is gone or disabled, or its password was reset after the session signed in. */
    boolean stillValid(long accountId, Instant signedInAt);
}
