package eu.ondernemerscheck.security;

import eu.ondernemerscheck.application.accounts.port.in.SignInCommand;
import eu.ondernemerscheck.application.accounts.port.in.SignInResult;
import eu.ondernemerscheck.application.accounts.port.in.SignInResult.Outcome;
import eu.ondernemerscheck.application.accounts.port.in.SignInUseCase;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Password storage and sign-in on the real database: TC-14, TC-15, TC-17 and ASVS 11.4.2. */
@IntegrationTest
class PasswordSignInTest {

    @Autowired
    SignInUseCase signIn;
    @Autowired
    HashPasswordPort hasher;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    FirmRegistryPort firms;
    @Autowired
    JdbcTemplate jdbc;

    private String newAccount(String password) {
        Firm firm = firms.all().stream().findFirst().orElseGet(() -> firms.provision("Kantoor Wachtwoord"));
        String email = "klant-" + UUID.randomUUID() + "@example.nl";
        accounts.create(email, "Klant", hasher.hash(password), Role.CLIENT, firm.id());
        return email;
    }

    private Outcome attempt(String email, String password, String address) {
        return signIn.signIn(new SignInCommand(email, password, address)).outcome();
    }

    private static String address() {
        return "10.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void newHashesAreArgon2idWithAtLeast19MiBTwoIterationsAndOneLane() {
        String hash = hasher.hash("een lang genoeg wachtwoord");
        assertThat(hash).startsWith("{argon2id-19m}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void sixtyFourAccentedLettersSignIn() {
        String password = "é".repeat(64);
        assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSize(128);
        String email = newAccount(password);
        assertThat(attempt(email, password, address())).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void aPasswordIsVerifiedExactlyAsTypedNoTruncationNoCaseFolding() {
        String seventyTwoBytes = "ë".repeat(36);
        assertThat(seventyTwoBytes.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        String email = newAccount(seventyTwoBytes);
        String address = address();
        assertThat(attempt(email, seventyTwoBytes + "x", address)).isEqualTo(Outcome.REFUSED);
        assertThat(attempt(email, "Ë".repeat(36), address)).isEqualTo(Outcome.REFUSED);
        assertThat(attempt(email, " " + seventyTwoBytes, address)).isEqualTo(Outcome.REFUSED);
        assertThat(attempt(email, seventyTwoBytes, address)).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsAndEveryAttemptIsAuditedWithoutThePassword() {
        String password = "Zomerse-Fietstocht-" + UUID.randomUUID();
        String email = newAccount(password);
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(email, password + "-fout" + i, address())).isEqualTo(Outcome.REFUSED);
        }
        SignInResult blocked = signIn.signIn(new SignInCommand(email, password, address()));
        assertThat(blocked.outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(blocked.retryAfter()).isNotNull();

        assertThat(jdbc.queryForList("select action from platform.audit_event where actor = ? order by id",
                String.class, email))
                .containsExactly("sign-in.failed", "sign-in.failed", "sign-in.failed", "sign-in.failed",
                        "sign-in.failed", "sign-in.throttled");
        assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where subject like ? or actor like ?"
                + " or coalesce(before::text, '') like ? or coalesce(after::text, '') like ?", Long.class,
                "%" + password + "%", "%" + password + "%", "%" + password + "%", "%" + password + "%")).isZero();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndTheSameThrottlingAsAWrongPassword() {
        String unknown = "niemand-" + UUID.randomUUID() + "@example.nl";
        String known = newAccount("Herfstbladeren-" + UUID.randomUUID());
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(unknown, "Gok-" + i + "-wachtwoord", address())).isEqualTo(Outcome.REFUSED);
            assertThat(attempt(known, "Gok-" + i + "-wachtwoord", address())).isEqualTo(Outcome.REFUSED);
        }
        assertThat(attempt(unknown, "nog een gok", address())).isEqualTo(Outcome.THROTTLED);
        assertThat(attempt(known, "nog een gok", address())).isEqualTo(Outcome.THROTTLED);
    }

    @Test
    void thirtyFailuresFromOneAddressBlockThatAddressForEveryAccount() {
        String address = address();
        for (int i = 0; i < 30; i++) {
            attempt("stuffing-" + UUID.randomUUID() + "@example.nl", "Gok-wachtwoord-" + i, address);
        }
        String password = "Lentebloesem-" + UUID.randomUUID();
        String email = newAccount(password);
        assertThat(attempt(email, password, address)).isEqualTo(Outcome.THROTTLED);
        assertThat(attempt(email, password, address())).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void aHashFromTheFirstReleaseStillSignsInAndIsUpgradedToTheCurrentParameters() {
        String password = "Winterjas-" + UUID.randomUUID();
        String email = newAccount(password);
        String legacy = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(password);
        jdbc.update("update platform.app_user set password_hash = ? where email = ?", legacy, email);

        assertThat(attempt(email, password, address())).isEqualTo(Outcome.SIGNED_IN);

        assertThat(jdbc.queryForObject("select password_hash from platform.app_user where email = ?", String.class,
                email)).startsWith("{argon2id-19m}$argon2id$v=19$m=19456,t=2,p=1$");
    }
}
