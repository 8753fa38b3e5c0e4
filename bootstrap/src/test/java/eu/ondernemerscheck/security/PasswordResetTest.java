package eu.ondernemerscheck.security;

import eu.ondernemerscheck.application.accounts.port.in.LoginAccount;
import eu.ondernemerscheck.application.accounts.port.in.RequestPasswordResetCommand;
import eu.ondernemerscheck.application.accounts.port.in.ResetPasswordCommand;
import eu.ondernemerscheck.application.accounts.port.in.ResetPasswordUseCase;
import eu.ondernemerscheck.application.accounts.port.in.SignInCommand;
import eu.ondernemerscheck.application.accounts.port.in.SignInResult;
import eu.ondernemerscheck.application.accounts.port.in.SignInUseCase;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.accounts.port.out.SecondFactorPort;
import eu.ondernemerscheck.application.mail.port.out.LoadCaughtMailPort;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Password reset by e-mail link on the real database (issue "Firms, users and roles", point 4; ASVS 6.4.1, 6.5.2,
 * 11.5.1; TC-22 b): one answer for known and unknown addresses, a single-use one-hour link stored only as a hash, the
 * password policy on the new password, throttling lifted, the second factor kept, everything audited.
 */
@IntegrationTest
class PasswordResetTest {

    static final String OLD = "Blauwe-Giraffe-Zingt-2025!";
    static final String NEW = "Paarse-Olifant-Danst-2026!";

    @Autowired
    ResetPasswordUseCase resets;
    @Autowired
    SignInUseCase signIn;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    HashPasswordPort hashing;
    @Autowired
    SecondFactorPort secondFactors;
    @Autowired
    LoadCaughtMailPort mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }

    private static String address() {
        return "198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private long account(String email, Role role) {
        TwoFirms f = TwoFirms.of(context);
        return accounts.create(email, "Mevrouw Jansen", hashing.hash(OLD), role, role == Role.ADMIN ? null : f.a.id());
    }

    /** Newest first. */
    private List<String> mailsTo(String email) {
        return mail.caught().stream().filter(m -> m.to().equals(email)).map(m -> m.subject() + "\n" + m.body())
                .toList();
    }

    private String requestAndReadToken(String email) {
        int before = mailsTo(email).size();
        resets.requestReset(new RequestPasswordResetCommand(email, "http://localhost:8080/", address()));
        List<String> mails = mailsTo(email);
        assertThat(mails).hasSize(before + 1);
        Matcher link = Pattern.compile("http://localhost:8080/wachtwoord-herstellen/([A-Za-z0-9_-]+)\\n")
                .matcher(mails.getFirst());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(Runnable call) {
        Throwable t = catchThrowable(call::run);
        assertThat(t).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) t).errors().stream().map(e -> e.field() + ": " + e.message())
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("A reset link is a 256-bit single-use token valid one hour, stored only as its SHA-256")
    void theLinkSetsANewPasswordOnceAndOnlyItsHashIsStored() throws Exception {
        String email = unique("herstel");
        long id = account(email, Role.CLIENT);

        String token = requestAndReadToken(email);

        assertThat(token).hasSize(43);
        Map<String, Object> row = jdbc.queryForMap("select token_hash, created_at, expires_at, consumed_at"
                + " from platform.password_reset where account_id = ?", id);
        assertThat(row.get("token_hash")).isEqualTo(sha256(token));
        assertThat(jdbc.queryForObject("select count(*) from platform.password_reset where token_hash = ?",
                Long.class, token)).isZero();
        assertThat(Duration.between(((Timestamp) row.get("created_at")).toInstant(),
                ((Timestamp) row.get("expires_at")).toInstant())).isEqualTo(Duration.ofHours(1));
        assertThat(resets.linkUsable(token, address())).isTrue();

        resets.resetPassword(new ResetPasswordCommand(token, NEW, address()));

        assertThat(signIn.signIn(new SignInCommand(email, NEW, address())).outcome())
                .isEqualTo(SignInResult.Outcome.SIGNED_IN);
        assertThat(signIn.signIn(new SignInCommand(email, OLD, address())).outcome())
                .isEqualTo(SignInResult.Outcome.REFUSED);
        assertThat(resets.linkUsable(token, address())).isFalse();
        assertThat(refusal(() -> resets.resetPassword(new ResetPasswordCommand(token, "Groene-Kikker-Springt-2027",
                address())))).isEqualTo("token: " + ResetPasswordUseCase.LINK_NOT_VALID);
        assertThat(jdbc.queryForList("select action from platform.audit_event where actor_id = ?", String.class, id))
                .contains("password.reset-requested", "password.reset");
        assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where subject like ?", Long.class,
                "%" + token + "%")).isZero();
    }

    @Test
    @DisplayName("An unknown address gets the same answer and no mail; the request is audited without the address")
    void anUnknownAddressIsAnsweredTheSameAndGetsNoMail() {
        String nobody = unique("niemand");

        resets.requestReset(new RequestPasswordResetCommand(nobody, "http://localhost:8080/", address()));

        assertThat(mailsTo(nobody)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where subject like ?", Long.class,
                "%" + nobody + "%")).isZero();
    }

    @Test
    @DisplayName("The new password must pass the password policy; a refused one leaves the link usable")
    void theNewPasswordIsCheckedByThePolicy() {
        String email = unique("beleid");
        account(email, Role.CLIENT);
        String token = requestAndReadToken(email);

        assertThat(refusal(() -> resets.resetPassword(new ResetPasswordCommand(token, "wachtwoord1", address()))))
                .startsWith("newPassword: ");
        assertThat(refusal(() -> resets.resetPassword(new ResetPasswordCommand(token, email, address()))))
                .startsWith("newPassword: ");
        assertThat(resets.linkUsable(token, address())).isTrue();
    }

    @Test
    @DisplayName("An expired link and an unknown link get the same answer as a used one")
    void expiredAndUnknownLinksAreRefusedAlike() throws Exception {
        String email = unique("verlopen");
        long id = account(email, Role.CLIENT);
        String token = "verlopen-" + UUID.randomUUID();
        Instant made = Instant.now().minus(Duration.ofHours(2));
        jdbc.update("insert into platform.password_reset (token_hash, account_id, created_at, expires_at)"
                + " values (?, ?, ?, ?)", sha256(token), id, Timestamp.from(made),
                Timestamp.from(made.plus(Duration.ofHours(1))));

        assertThat(resets.linkUsable(token, address())).isFalse();
        assertThat(refusal(() -> resets.resetPassword(new ResetPasswordCommand(token, NEW, address()))))
                .isEqualTo("token: " + ResetPasswordUseCase.LINK_NOT_VALID);
        assertThat(refusal(() -> resets.resetPassword(new ResetPasswordCommand("x".repeat(43), NEW, address()))))
                .isEqualTo("token: " + ResetPasswordUseCase.LINK_NOT_VALID);
    }

    @Test
    @DisplayName("A new password withdraws the account's other links; at most three links an hour")
    void otherLinksAreWithdrawnAndLinksAreLimited() {
        String email = unique("ingetrokken");
        account(email, Role.CLIENT);
        String first = requestAndReadToken(email);
        String second = requestAndReadToken(email);
        String third = requestAndReadToken(email);
        int mails = mailsTo(email).size();
        resets.requestReset(new RequestPasswordResetCommand(email, "http://localhost:8080/", address()));
        assertThat(mailsTo(email)).hasSize(mails);

        resets.resetPassword(new ResetPasswordCommand(second, NEW, address()));

        assertThat(resets.linkUsable(first, address())).isFalse();
        assertThat(resets.linkUsable(third, address())).isFalse();
    }

    @Test
    @DisplayName("Two uses of one link at the same moment: exactly one sets the password")
    void twoSimultaneousUsesOfOneLinkSucceedOnce() throws Exception {
        String email = unique("tegelijk");
        account(email, Role.CLIENT);
        String token = requestAndReadToken(email);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> uses = List.of("Zomer-Avond-Fietsen-1987", "Winter-Ochtend-Lopen-1988")
                .stream().map(pw -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        resets.resetPassword(new ResetPasswordCommand(token, pw, address()));
                        return true;
                    } catch (InvalidInputException e) {
                        return false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                })).toList();
        start.countDown();
        assertThat(uses.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(true, false);
    }

    @Test
    @DisplayName("TC-22b a reset lifts the sign-in throttle but the second factor is still asked")
    void aResetLiftsTheThrottleButKeepsTheSecondFactor() {
        String email = unique("geblokkeerd");
        long id = account(email, Role.ACCOUNTANT);
        secondFactors.enrol(id, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", 1, List.of(), Instant.now());
        for (int i = 0; i < 8; i++) {
            signIn.signIn(new SignInCommand(email, "fout-" + i, address()));
        }
        assertThat(signIn.signIn(new SignInCommand(email, OLD, address())).outcome())
                .isEqualTo(SignInResult.Outcome.THROTTLED);

        resets.resetPassword(new ResetPasswordCommand(requestAndReadToken(email), NEW, address()));

        SignInResult after = signIn.signIn(new SignInCommand(email, NEW, address()));
        assertThat(after.outcome()).isEqualTo(SignInResult.Outcome.SIGNED_IN);
        assertThat(after.account().secondFactor()).isEqualTo(LoginAccount.SecondFactor.VERIFY);
    }

    @Test
    @DisplayName("Requests from one network address are throttled like failed sign-ins")
    void requestsFromOneAddressAreThrottled() {
        String email = unique("overspoeld");
        account(email, Role.CLIENT);
        String from = address();
        for (int i = 0; i < 40; i++) {
            resets.requestReset(new RequestPasswordResetCommand(unique("gok"), "http://localhost:8080/", from));
        }
        int before = mailsTo(email).size();
        resets.requestReset(new RequestPasswordResetCommand(email, "http://localhost:8080/", from));
        assertThat(mailsTo(email)).hasSize(before);
    }
}
