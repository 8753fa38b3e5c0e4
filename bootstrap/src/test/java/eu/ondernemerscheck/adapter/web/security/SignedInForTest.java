package eu.ondernemerscheck.adapter.web.security;

import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Instant;
import java.util.List;

/**
 * Signs a user in for a browserless test the way the sign-in does: a {@link SignedInUser} principal with the role's
 * authority, so views and the layout see the same principal as in the running application.
 */
public final class SignedInForTest {

    private SignedInForTest() {
    }

    /**
     * The authentication of a user who passed every step of the sign-in: the password factor, the second factor and
     * the role, as SecondFactorSession grants them.
     */
    public static Authentication fullySignedIn(long accountId, String email, Role role, FirmId firm) {
        SignedInUser user = new SignedInUser(accountId, email, email, role, firm, Instant.now());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(
                SecondFactorSession.PASSWORD_FACTOR,
                FactorGrantedAuthority.fromAuthority(SecondFactorSession.TOTP_AUTHORITY), user.roleAuthority()));
    }

    /** The same, counted as signed in at the given moment (a session opened earlier, elsewhere). */
    public static Authentication fullySignedInAt(long accountId, String email, Role role, FirmId firm,
                                                 Instant signedInAt) {
        SignedInUser user = new SignedInUser(accountId, email, email, role, firm, signedInAt);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(
                SecondFactorSession.PASSWORD_FACTOR,
                FactorGrantedAuthority.fromAuthority(SecondFactorSession.TOTP_AUTHORITY), user.roleAuthority()));
    }

    /** When the signed-in user of this authentication signed in, as the session-validity check reads it. */
    public static Instant signedInAt(Authentication authentication) {
        return ((SignedInUser) authentication.getPrincipal()).signedInAt();
    }

    public static void signIn(long accountId, String email, Role role, FirmId firm) {
        SignedInUser user = new SignedInUser(accountId, email, email, role, firm, Instant.now());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(user.roleAuthority())));
        SecurityContextHolder.setContext(context);
    }
}
