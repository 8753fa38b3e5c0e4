package eu.ondernemerscheck.application.accounts.service;

import eu.ondernemerscheck.application.accounts.port.in.FindLoginAccountUseCase;
import eu.ondernemerscheck.application.accounts.port.in.LoginAccount;
import eu.ondernemerscheck.application.accounts.port.out.LoadAccountPort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;

/** Accounts as the sign-in sees them. */
@Service
class AccountService implements FindLoginAccountUseCase {

    private final LoadAccountPort accounts;

    AccountService(LoadAccountPort accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LoginAccount> findForLogin(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return Optional.empty();
        }
        return accounts.findByEmail(normalise(email)).map(a -> new LoginAccount(a.id(), a.email(), a.displayName(),
                a.passwordHash(), a.role(), a.firm(), a.enabled()));
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
