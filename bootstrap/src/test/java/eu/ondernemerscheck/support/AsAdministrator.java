package eu.ondernemerscheck.support;

import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.domain.shared.Firm;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a piece of test set-up as a platform administrator through the real use cases (creating a firm is an
 * administrator's action), then puts back whoever the test itself runs as.
 */
public final class AsAdministrator {

    private AsAdministrator() {
    }

    public static <T> T run(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("beheerder-test", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(admin);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static Firm provision(ProvisionFirmUseCase firms, String name) {
        return run(() -> firms.provision(new ProvisionFirmCommand(name)));
    }
}
