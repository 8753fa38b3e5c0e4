package eu.ondernemerscheck.application.accounts.port.out;

import java.time.Instant;
import java.util.Optional;

/** The hash of the one-time setup secret; at most one exists. */
public interface SetupSecretPort {

    void replace(String secretHash, Instant issuedAt);

    /** The stored hash, locked until the end of the transaction so two setups cannot both use it. */
    Optional<String> lockCurrent();

    void clear();
}
