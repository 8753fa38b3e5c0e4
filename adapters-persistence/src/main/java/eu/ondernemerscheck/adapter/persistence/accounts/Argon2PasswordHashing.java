package eu.ondernemerscheck.adapter.persistence.accounts;

import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The single definition of how passwords are hashed and verified. New hashes are Argon2id with 19 MiB (19,456 KiB)
 * of memory, 2 iterations and 1 lane under the id {@value #ARGON2ID_19M}: the ASVS 5.0 Appendix C / OWASP minimum
 * for Argon2id, which Spring's own preset (16 MiB) does not reach (security.md §0.2, §3.1). Older hashes (Argon2id
 * without an id, from the first release, and bcrypt) are still verified and replaced at the next sign-in.
 *
 * <p>Each hash takes about 19 MiB and 100 ms, so at most {@code ondernemerscheck.security.concurrent-hashes} run at
 * once; a caller that cannot get a slot within a second is told the service is busy, instead of queueing without
 * bound (security.md §3.1, TC-16).
 */
@Component
class Argon2PasswordHashing implements HashPasswordPort {

    static final String ARGON2ID_19M = "argon2id-19m";
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;

    private final DelegatingPasswordEncoder encoder;
    private final Semaphore slots;

    Argon2PasswordHashing(@Value("${ondernemerscheck.security.concurrent-hashes:4}") int concurrentHashes) {
        Argon2PasswordEncoder argon2id = new Argon2PasswordEncoder(16, 32, PARALLELISM, MEMORY_KIB, ITERATIONS);
        Map<String, PasswordEncoder> byId = Map.of(ARGON2ID_19M, argon2id, "bcrypt", new BCryptPasswordEncoder());
        this.encoder = new DelegatingPasswordEncoder(ARGON2ID_19M, byId);
        // hashes of the first release carry no {id}: plain Argon2id strings, which the Argon2 encoder reads itself
        this.encoder.setDefaultPasswordEncoderForMatches(argon2id);
        this.slots = new Semaphore(Math.max(1, concurrentHashes), true);
    }

    @Override
    public String hash(String password) {
        return limited(() -> encoder.encode(password));
    }

    @Override
    public boolean matches(String password, String storedHash) {
        return limited(() -> encoder.matches(password, storedHash));
    }

    @Override
    public boolean needsRehash(String storedHash) {
        return encoder.upgradeEncoding(storedHash);
    }

    private <T> T limited(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        if (!acquired) {
            throw new Busy();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
