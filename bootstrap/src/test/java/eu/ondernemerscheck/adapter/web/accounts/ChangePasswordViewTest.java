package eu.ondernemerscheck.adapter.web.accounts;

import com.vaadin.browserless.SpringBrowserlessTest;
import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.accounts.port.in.SessionValidityUseCase;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TC-22 and ASVS 7.4.3: a password changed on {@code /wachtwoord} ends the account's other sessions at their next
 * request, while the session that made the change goes on. Validity is asked exactly as SessionStillValidFilter asks
 * it at every request.
 */
@IntegrationTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    static final String OLD = "Groene-Kikker-Springt-2025";
    static final String NEW = "Oranje-Vos-Sluipt-2026!";

    @Autowired
    ApplicationContext context;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    HashPasswordPort hashing;
    @Autowired
    SessionValidityUseCase sessions;
    @Autowired
    JdbcTemplate jdbc;

    private record Account(long id, String email, FirmId firm) {
    }

    private Account account() {
        String email = "wijzig-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        FirmId firm = TwoFirms.of(context).a.id();
        return new Account(accounts.create(email, "Marieke", hashing.hash(OLD), Role.CLIENT, firm), email, firm);
    }

    private Instant signInHere(Account a) {
        Authentication here = SignedInForTest.fullySignedIn(a.id(), a.email(), Role.CLIENT, a.firm());
        SharedContextSecurity.signIn(context, here);
        return SignedInForTest.signedInAt(here);
    }

    private ChangePasswordView change(String current, String fresh) {
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.current).setValue(current);
        test(view.fresh).setValue(fresh);
        test(view.repeat).setValue(fresh);
        test(view.change).click();
        return view;
    }

    @Test
    @DisplayName("TC-22 a password change ends the other sessions of the account and keeps this one")
    void aPasswordChangeEndsTheOtherSessionsAndKeepsThisOne() {
        Account a = account();
        Instant elsewhere = Instant.now().minusSeconds(60);
        Instant here = signInHere(a);
        assertThat(sessions.stillValid(a.id(), elsewhere)).isTrue();

        ChangePasswordView view = change(OLD, NEW);

        assertThat(view.status.getText()).startsWith("Uw wachtwoord is gewijzigd.");
        assertThat(hashing.matches(NEW, jdbc.queryForObject("select password_hash from platform.app_user"
                + " where id = ?", String.class, a.id()))).isTrue();
        assertThat(sessions.stillValid(a.id(), elsewhere)).as("the session signed in elsewhere").isFalse();
        assertThat(sessions.stillValid(a.id(), here)).as("this session as it was before the change").isFalse();
        Instant now = SignedInForTest.signedInAt(SecurityContextHolder.getContext().getAuthentication());
        assertThat(sessions.stillValid(a.id(), now)).as("this session after the change").isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).contains("ROLE_CLIENT");

        navigate(ChangePasswordView.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    @DisplayName("A refused change (wrong current password) ends no session")
    void aRefusedChangeEndsNoSession() {
        Account a = account();
        Instant elsewhere = Instant.now().minusSeconds(60);
        signInHere(a);

        ChangePasswordView view = change("Niet-Het-Goede-2025", NEW);

        assertThat(view.current.isInvalid()).isTrue();
        assertThat(sessions.stillValid(a.id(), elsewhere)).isTrue();
        assertThat(jdbc.queryForObject("select sessions_valid_from is null from platform.app_user where id = ?",
                Boolean.class, a.id())).isTrue();
    }
}
