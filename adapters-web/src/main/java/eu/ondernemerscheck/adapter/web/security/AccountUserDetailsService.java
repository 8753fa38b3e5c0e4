package eu.ondernemerscheck.adapter.web.security;

import eu.ondernemerscheck.application.accounts.port.in.FindLoginAccountUseCase;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds the account for a sign-in attempt. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final FindLoginAccountUseCase accounts;

    AccountUserDetailsService(FindLoginAccountUseCase accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findForLogin(email)
                .map(a -> new SignedInUser(a.id(), a.email(), a.displayName(), a.passwordHash(), a.role(), a.firm(),
                        a.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
