package eu.ondernemerscheck.application.accounts.port.out;

/** Turns a password into the stored hash (Argon2id), exactly as typed. */
public interface HashPasswordPort {
    String hash(String password);
}
