package eu.ondernemerscheck.application.accounts.port.out;


import java.util.Optional;

/** Reads accounts from the platform schema. */
public interface LoadAccountPort {
    Optional<StoredAccount> findByEmail(String normalisedEmail);

    boolean anyAccountExists();

    boolean anyAdminExists();
}
