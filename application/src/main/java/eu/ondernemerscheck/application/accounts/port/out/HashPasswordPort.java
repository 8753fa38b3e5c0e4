package eu.ondernemerscheck.application.accounts.port.out;

/**
 * Turns a password into the stored hash and checks a typed password against one, exactly as typed (no trimming, no
 * case folding, no truncation). The one place that knows the algorithm and its parameters.
 */
public interface HashPasswordPort {

    String hash(String password);

    boolean matches(String password, String storedHash);

    /** Whether a stored hash was made with older, weaker parameters and should be replaced at the next sign-in. */
    boolean needsRehash(String storedHash);

    /** Too many passwords are being hashed at this moment; the caller should answer "busy, try again". */
    final class Busy extends RuntimeException {
        public Busy() {
            super("password hashing at capacity", null, false, false);
        }
    }
}
