package eu.ondernemerscheck.adapter.web.security;

import eu.ondernemerscheck.application.accounts.port.in.LoginAccount;
import eu.ondernemerscheck.domain.shared.Actor;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in user as the security layer knows them: account id, e-mail, role and firm. It holds no password or
 * hash: verification happens in the application, and nothing secret is kept in the session.
 */
public final class SignedInUser implements UserDetails, Actor {

    @Serial
    private static final long serialVersionUID = 3L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final FirmId firm;
    private final Instant signedInAt;

    SignedInUser(long accountId, String email, String displayName, Role role, FirmId firm, Instant signedInAt) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.firm = firm;
        this.signedInAt = signedInAt;
    }

    static SignedInUser of(LoginAccount account) {
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.role(),
                account.firm(), Instant.now());
    }

    /** The same user, counted as signed in at that moment: the session that changed the password goes on. */
    SignedInUser signedInAgainAt(Instant moment) {
        return new SignedInUser(accountId, email, displayName, role, firm, moment);
    }

    /** When the password was verified; a password reset or change after this moment ends the session. */
    Instant signedInAt() {
        return signedInAt;
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Role role() {
        return role;
    }

    /** The firm the user works for; empty for a platform administrator. */
    @Override
    public Optional<FirmId> firm() {
        return Optional.ofNullable(firm);
    }

    /** The authority of the user's role, granted only once every required factor is verified. */
    GrantedAuthority roleAuthority() {
        return new SimpleGrantedAuthority("ROLE_" + role.name());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(roleAuthority());
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return email;
    }
}
