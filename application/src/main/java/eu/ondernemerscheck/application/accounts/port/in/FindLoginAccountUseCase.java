package eu.ondernemerscheck.application.accounts.port.in;

import java.util.Optional;

/** Looks up an account by e-mail address (case-insensitive) for signing in. */
public interface FindLoginAccountUseCase {
    Optional<LoginAccount> findForLogin(String email);
}
