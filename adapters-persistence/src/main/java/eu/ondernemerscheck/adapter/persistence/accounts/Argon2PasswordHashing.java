package eu.ondernemerscheck.adapter.persistence.accounts;

import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id with 19 MiB of memory, 2 iterations and 1 lane: the OWASP minimum for Argon2id (security.md, ASVS V11).
 * The password is hashed exactly as typed: no trimming, no case folding.
 */
@Component
class Argon2PasswordHashing implements HashPasswordPort {

    private static final PasswordEncoder ENCODER = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

    @Override
    public String hash(String password) {
        return ENCODER.encode(password);
    }
}
