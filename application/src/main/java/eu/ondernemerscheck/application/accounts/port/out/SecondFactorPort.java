package eu.ondernemerscheck.application.accounts.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Authenticator secrets, the last time step used per account, and recovery code hashes, in the platform schema. */
public interface SecondFactorPort {

    /** The Base32 secret of an enrolled account. */
    Optional<String> secret(long accountId);

    /** Stores the secret with the step just used and the recovery code hashes; false when one existed already. */
    boolean enrol(long accountId, String base32Secret, long usedStep, List<String> recoveryCodeHashes, Instant at);

    /** Marks a step as used; false when this step or a later one was used already (the code was replayed). */
    boolean useStep(long accountId, long step);

    List<StoredRecoveryCode> unusedRecoveryCodes(long accountId);

    /** Marks a recovery code as used; false when it was used already. */
    boolean useRecoveryCode(long recoveryCodeId, Instant at);

    record StoredRecoveryCode(long id, String hash) {
    }
}
