package eu.ondernemerscheck.adapter.web.security;

import eu.ondernemerscheck.application.accounts.port.in.RequestPasswordResetCommand;
import eu.ondernemerscheck.application.accounts.port.in.ResetPasswordCommand;
import eu.ondernemerscheck.application.accounts.port.in.ResetPasswordUseCase;
import eu.ondernemerscheck.application.accounts.port.in.SessionValidityUseCase;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.mail.port.out.LoadCaughtMailPort;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TC-22 b and ASVS 7.4.3: a session opened before the password was reset through a link ends at its next request;
 * a session signed in afterwards goes on.
 */
@IntegrationTest
class SessionsEndAfterResetTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SessionValidityUseCase sessions;
    @Autowired
    ResetPasswordUseCase resets;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    HashPasswordPort hashing;
    @Autowired
    LoadCaughtMailPort mail;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private record Outcome(boolean reachedTheApplication, MockHttpServletResponse response, MockHttpSession session) {
    }

    private Outcome request(long accountId, String email, Instant signedInAt) throws Exception {
        SignedInUser user = new SignedInUser(accountId, email, email, Role.CLIENT, TwoFirms.of(context).a.id(),
                signedInAt);
        SharedContextSecurity.signIn(context, org.springframework.security.authentication
                .UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/regelingen");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean reached = new AtomicBoolean();
        new SessionStillValidFilter(sessions).doFilter(request, response, (req, res) -> reached.set(true));
        return new Outcome(reached.get(), response, session);
    }

    @Test
    @DisplayName("TC-22b a session from before a password reset ends; one signed in afterwards goes on")
    void aSessionFromBeforeTheResetEnds() throws Exception {
        String email = "sessie-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        long id = accounts.create(email, "Johanna", hashing.hash("Blauwe-Giraffe-Zingt-2025!"), Role.CLIENT,
                TwoFirms.of(context).a.id());
        Instant before = Instant.now();
        assertThat(request(id, email, before).reachedTheApplication()).isTrue();

        resets.requestReset(new RequestPasswordResetCommand(email, "http://localhost:8080/", "203.0.113.122"));
        String body = mail.caught().stream().filter(m -> m.to().equals(email)).findFirst().orElseThrow().body();
        Matcher link = Pattern.compile("wachtwoord-herstellen/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).isTrue();
        SecurityContextHolder.clearContext();
        resets.resetPassword(new ResetPasswordCommand(link.group(1), "Paarse-Olifant-Danst-2026!", "203.0.113.122"));

        Outcome old = request(id, email, before);
        assertThat(old.reachedTheApplication()).isFalse();
        assertThat(old.session().isInvalid()).isTrue();
        assertThat(old.response().getRedirectedUrl()).isEqualTo("/login");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        assertThat(request(id, email, Instant.now()).reachedTheApplication()).isTrue();
    }

    @Test
    @DisplayName("A session of an account that does not exist (any more) ends")
    void aSessionOfAnUnknownAccountEnds() throws Exception {
        assertThat(request(987_654_321L, "weg@example.nl", Instant.now()).reachedTheApplication()).isFalse();
    }
}
