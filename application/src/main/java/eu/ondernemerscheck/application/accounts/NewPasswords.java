package eu.ondernemerscheck.application.accounts;

import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.domain.accounts.PasswordPolicy;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The one rule for a password someone chooses (accepting an invitation, a reset link, a change), and the one way a
 * single-use link's token is stored: the password must pass the policy with the account's own words (ASVS 6.2.x) and
 * is then hashed; a busy hasher is a plain "try again", never a failure page. Using the link up stays with each
 * link's own store, where it is one conditional update.
 */
public final class NewPasswords {

    static final String BUSY = "Het is nu erg druk. Probeer het over enkele seconden opnieuw.";

    private NewPasswords() {
    }

    /**
     * @param field        the form field a refusal is shown at
     * @param contextWords words of the account (address, name, firm) the password may not be built from
     * @return the hash to store
     * @throws InvalidInputException on {@code field} when the policy refuses the password or the hasher is busy
     */
    public static String checkAndHash(String field, String password, List<String> contextWords,
                                      HashPasswordPort hasher) {
        PasswordPolicy.check(field, password, contextWords).ifPresent(e -> {
            throw new InvalidInputException(List.of(e));
        });
        try {
            return hasher.hash(password);
        } catch (HashPasswordPort.Busy e) {
            throw new InvalidInputException(field, BUSY);
        }
    }

    /** What is stored of a link's token: its SHA-256 in hex (the token has 256 random bits, ASVS 6.5.2). */
    public static String tokenHash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
