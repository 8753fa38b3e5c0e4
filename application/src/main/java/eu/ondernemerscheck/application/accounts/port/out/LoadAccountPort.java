package eu.ondernemerscheck.application.accounts.port.out;

import eu.ondernemerscheck.application.accounts.port.in.LoginAccount;

import java.util.Optional;

/** Reads accounts from the platform schema. */
public interface LoadAccountPort {
    Optional<LoginAccount> findByEmail(String normalisedEmail);

    boolean anyAccountExists();
}
