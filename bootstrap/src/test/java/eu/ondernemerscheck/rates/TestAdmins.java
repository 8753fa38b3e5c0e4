package eu.ondernemerscheck.rates;

import eu.ondernemerscheck.domain.shared.Actor;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.SharedContextSecurity;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.Optional;

/** Administrators (and others) signed in for the rate tests, as actors with their own e-mail address. */
final class TestAdmins {

    private TestAdmins() {
    }

    record Someone(long accountId, String email, Role role) implements Actor {
        @Override
        public Optional<FirmId> firm() {
            return Optional.empty();
        }
    }

    static void signIn(ApplicationContext context, String email, Role role) {
        Someone who = new Someone(900_000 + Math.abs(email.hashCode() % 1000), email, role);
        SharedContextSecurity.signIn(context, UsernamePasswordAuthenticationToken.authenticated(who, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }
}
