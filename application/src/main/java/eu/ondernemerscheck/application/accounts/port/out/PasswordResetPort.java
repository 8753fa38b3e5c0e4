package eu.ondernemerscheck.application.accounts.port.out;

import java.time.Instant;
import java.util.Optional;

/** Password-reset links, stored as the SHA-256 of their token only. */
public interface PasswordResetPort {

    /** The account a reset link would reach. */
    record ResetTarget(long accountId, String email, String displayName) {
    }

    void save(String tokenHash, long accountId, Instant createdAt, Instant expiresAt);

    /** How many links were made for the account since then, used or not. */
    int madeSince(long accountId, Instant since);

    Optional<ResetTarget> findUsable(String tokenHash, Instant now);

    /** Uses the link up in one conditional update: of two simultaneous uses only one gets the target. */
    Optional<ResetTarget> consume(String tokenHash, Instant now);

    /** Every other unused link of the account stops working. */
    void withdrawAll(long accountId, Instant now);
}
