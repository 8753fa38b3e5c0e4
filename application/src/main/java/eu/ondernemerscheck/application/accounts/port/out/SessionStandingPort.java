package eu.ondernemerscheck.application.accounts.port.out;

import java.time.Instant;

/** What decides whether an account's existing sessions may go on. */
public interface SessionStandingPort {

    /** Sessions of the account signed in before this moment are ended at their next request. */
    void endSessionsBefore(long accountId, Instant moment);

    /** True when the account exists, is enabled and its sessions were not ended after this sign-in. */
    boolean signInStillValid(long accountId, Instant signedInAt);
}
