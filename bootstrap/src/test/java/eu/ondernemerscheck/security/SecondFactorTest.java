package eu.ondernemerscheck.security;

import eu.ondernemerscheck.application.accounts.port.in.ConfirmEnrolmentCommand;
import eu.ondernemerscheck.application.accounts.port.in.EnrolmentResult;
import eu.ondernemerscheck.application.accounts.port.in.LoginAccount.SecondFactor;
import eu.ondernemerscheck.application.accounts.port.in.NewAuthenticatorSecret;
import eu.ondernemerscheck.application.accounts.port.in.SecondFactorUseCase;
import eu.ondernemerscheck.application.accounts.port.in.SignInCommand;
import eu.ondernemerscheck.application.accounts.port.in.SignInResult;
import eu.ondernemerscheck.application.accounts.port.in.SignInUseCase;
import eu.ondernemerscheck.application.accounts.port.in.VerificationResult;
import eu.ondernemerscheck.application.accounts.port.in.VerificationResult.Outcome;
import eu.ondernemerscheck.application.accounts.port.in.VerifyCodeCommand;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.clients.port.in.ListClientsUseCase;
import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.shared.Actor;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The second factor on the real database: enrolment, codes usable once (TC-23b, ASVS 6.5.1), the one-step window,
 * recovery codes, throttling, the audit trail, and that a session with only the password reaches no protected service
 * (TC-23, ASVS 6.3.3).
 */
@IntegrationTest
class SecondFactorTest {

    static final String PASSWORD = "een lang genoeg wachtwoord 2026";

    @Autowired
    SecondFactorUseCase secondFactor;
    @Autowired
    SignInUseCase signIn;
    @Autowired
    ListClientsUseCase clients;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    HashPasswordPort hasher;
    @Autowired
    FirmRegistryPort firms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    record TestActor(long accountId, String email, Role role, Optional<FirmId> firm) implements Actor {
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TestActor newAccount(Role role) {
        Firm firm = firms.all().stream().findFirst().orElseGet(() -> firms.provision("Kantoor Tweestaps"));
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.nl";
        long id = accounts.create(email, "Iemand", hasher.hash(PASSWORD), role, firm.id());
        return new TestActor(id, email, role, Optional.of(firm.id()));
    }

    /** A session in which only the password has been verified, as PasswordSignInProvider leaves it. */
    private void passwordOnly(TestActor actor) {
        signedIn(new TestingAuthenticationToken(actor, null, "FACTOR_PASSWORD"));
    }

    private void signedIn(TestingAuthenticationToken authentication) {
        SharedContextSecurity.signIn(context, authentication);
    }

    private static String address() {
        return "10.20." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    private EnrolmentResult.Outcome confirm(TestActor actor, String secret, String code, String address) {
        return secondFactor.confirmEnrolment(new ConfirmEnrolmentCommand(actor.accountId(), actor.email(),
                actor.firm().orElse(null), secret, code, address)).outcome();
    }

    private VerificationResult verify(TestActor actor, String code, String address) {
        return secondFactor.verify(new VerifyCodeCommand(actor.accountId(), actor.email(), actor.firm().orElse(null),
                code, address));
    }

    /** Enrols with the code of the current step; returns the secret and the recovery codes. */
    private record Enrolled(String secret, long step, List<String> recoveryCodes) {
    }

    private Enrolled enrol(TestActor actor) {
        passwordOnly(actor);
        NewAuthenticatorSecret secret = secondFactor.newSecret(actor.email());
        long step = TotpCodes.currentStep();
        EnrolmentResult result = secondFactor.confirmEnrolment(new ConfirmEnrolmentCommand(actor.accountId(),
                actor.email(), actor.firm().orElse(null), secret.grouped(), TotpCodes.code(secret.base32(), step),
                address()));
        assertThat(result.outcome()).isEqualTo(EnrolmentResult.Outcome.ENROLLED);
        return new Enrolled(secret.base32(), step, result.recoveryCodes());
    }

    /**
     * Runs a check that depends on the current step again when the step changed while it ran, so a step boundary
     * never decides the outcome.
     */
    private static <T> T withinOneStep(LongFunction<T> check) {
        while (true) {
            long before = TotpCodes.currentStep();
            T result = check.apply(before);
            if (TotpCodes.currentStep() == before) {
                return result;
            }
        }
    }

    private List<String> auditActions(TestActor actor) {
        return jdbc.queryForList("select action from platform.audit_event where actor_id = ? order by id",
                String.class, actor.accountId());
    }

    @Test
    void anAccountantIsAskedToEnrolAtFirstSignInAndForACodeAfterwards() {
        TestActor accountant = newAccount(Role.ACCOUNTANT);
        SignInResult first = signIn.signIn(new SignInCommand(accountant.email(), PASSWORD, address()));
        assertThat(first.account().secondFactor()).isEqualTo(SecondFactor.ENROL);
        enrol(accountant);
        SignInResult later = signIn.signIn(new SignInCommand(accountant.email(), PASSWORD, address()));
        assertThat(later.account().secondFactor()).isEqualTo(SecondFactor.VERIFY);
    }

    @Test
    void aClientNeedsNoSecondFactorUntilChoosingOne() {
        TestActor client = newAccount(Role.CLIENT);
        assertThat(signIn.signIn(new SignInCommand(client.email(), PASSWORD, address())).account().secondFactor())
                .isEqualTo(SecondFactor.NONE);
        enrol(client);
        assertThat(signIn.signIn(new SignInCommand(client.email(), PASSWORD, address())).account().secondFactor())
                .isEqualTo(SecondFactor.VERIFY);
    }

    @Test
    void enrolmentNeedsARightCodeHandsOutTenRecoveryCodesAndCannotBeRepeated() {
        TestActor accountant = newAccount(Role.ACCOUNTANT);
        passwordOnly(accountant);
        NewAuthenticatorSecret secret = secondFactor.newSecret(accountant.email());
        assertThat(secret.base32()).matches("[A-Z2-7]{32}");
        assertThat(secret.otpauthUri()).startsWith("otpauth://totp/Ondernemerscheck:").contains(secret.base32());
        String wrong = TotpCodes.code(secret.base32(), TotpCodes.currentStep() - 3);
        assertThat(confirm(accountant, secret.base32(), wrong, address())).isEqualTo(EnrolmentResult.Outcome.WRONG_CODE);
        assertThat(secondFactor.enrolled(accountant.accountId())).isFalse();

        Enrolled enrolled = enrol(accountant);
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        assertThat(secondFactor.enrolled(accountant.accountId())).isTrue();
        assertThat(jdbc.queryForList("select code_hash from platform.recovery_code where account_id = ?",
                String.class, accountant.accountId())).hasSize(10).allMatch(h -> h.startsWith("{argon2id-19m}"))
                .noneMatch(h -> enrolled.recoveryCodes().stream().anyMatch(h::contains));

        // a session with only the password cannot replace an existing second factor with its own
        NewAuthenticatorSecret other = secondFactor.newSecret(accountant.email());
        assertThat(confirm(accountant, other.base32(), TotpCodes.code(other.base32(), TotpCodes.currentStep()),
                address())).isEqualTo(EnrolmentResult.Outcome.ALREADY_ENROLLED);
        assertThat(auditActions(accountant)).contains("second-factor.failed", "second-factor.enrolled");
    }

    @Test
    void aCodeIsAcceptedOnceReplayIsRefused() {
        TestActor accountant = newAccount(Role.ACCOUNTANT);
        Enrolled enrolled = enrol(accountant);
        String address = address();
        // the code used for enrolment counts as used
        assertThat(verify(accountant, TotpCodes.code(enrolled.secret(), enrolled.step()), address).outcome())
                .isEqualTo(Outcome.WRONG_CODE);
        String next = TotpCodes.code(enrolled.secret(), enrolled.step() + 1);
        assertThat(verify(accountant, next, address).outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(verify(accountant, next, address).outcome()).isEqualTo(Outcome.WRONG_CODE);
        assertThat(auditActions(accountant)).contains("second-factor.verified", "second-factor.failed");
    }

    @Test
    void oneStepBackIsAcceptedTwoStepsBackAreNot() {
        TestActor accountant = newAccount(Role.ACCOUNTANT);
        passwordOnly(accountant);
        NewAuthenticatorSecret secret = secondFactor.newSecret(accountant.email());
        String address = address();
        EnrolmentResult.Outcome twoBack = withinOneStep(step -> confirm(accountant, secret.base32(),
                TotpCodes.code(secret.base32(), step - 2), address));
        assertThat(twoBack).isEqualTo(EnrolmentResult.Outcome.WRONG_CODE);
        EnrolmentResult.Outcome oneBack = withinOneStep(step -> confirm(accountant, secret.base32(),
                TotpCodes.code(secret.base32(), step - 1), address));
        assertThat(oneBack).isEqualTo(EnrolmentResult.Outcome.ENROLLED);
        // the step after the current one (a phone clock slightly ahead) is accepted; two ahead is not
        Outcome twoAhead = withinOneStep(step -> verify(accountant, TotpCodes.code(secret.base32(), step + 2),
                address).outcome());
        assertThat(twoAhead).isEqualTo(Outcome.WRONG_CODE);
        Outcome oneAhead = withinOneStep(step -> verify(accountant, TotpCodes.code(secret.base32(), step + 1),
                address).outcome());
        assertThat(oneAhead).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void eachRecoveryCodeWorksOnce() {
        TestActor accountant = newAccount(Role.ACCOUNTANT);
        Enrolled enrolled = enrol(accountant);
        String address = address();
        String code = enrolled.recoveryCodes().get(3);
        VerificationResult used = verify(accountant, code, address);
        assertThat(used.outcome()).isEqualTo(Outcome.RECOVERY_CODE_USED);
        assertThat(used.recoveryCodesLeft()).isEqualTo(9);
        assertThat(verify(accountant, code, address).outcome()).isEqualTo(Outcome.WRONG_CODE);
        // typed without hyphens and in lower case, another one still works
        String typed = enrolled.recoveryCodes().get(7).replace("-", "").toLowerCase();
        assertThat(verify(accountant, typed, address).recoveryCodesLeft()).isEqualTo(8);
        assertThat(auditActions(accountant)).contains("second-factor.recovery-code-used");
    }

    @Test
    void wrongCodesAreThrottledLikeWrongPasswords() {
        TestActor accountant = newAccount(Role.ACCOUNTANT);
        Enrolled enrolled = enrol(accountant);
        String address = address();
        for (int i = 0; i < 5; i++) {
            assertThat(verify(accountant, "000000".equals(TotpCodes.code(enrolled.secret(), enrolled.step() + 1))
                    ? "111111" : "000000", address).outcome()).isEqualTo(Outcome.WRONG_CODE);
        }
        String right = TotpCodes.code(enrolled.secret(), enrolled.step() + 1);
        assertThat(verify(accountant, right, address).outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(auditActions(accountant)).contains("second-factor.throttled");
    }

    @Test
    void onlyTheAccountItselfCanVerifyOrEnrol() {
        TestActor one = newAccount(Role.ACCOUNTANT);
        TestActor other = newAccount(Role.ACCOUNTANT);
        passwordOnly(one);
        assertThatThrownBy(() -> verify(other, "123456", address()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> confirm(other, "A".repeat(32), "123456", address()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aSessionWithOnlyThePasswordReachesNoProtectedService() {
        TestActor accountant = newAccount(Role.ACCOUNTANT);
        passwordOnly(accountant);
        try (TenantContext.Scope ignored = TenantContext.enter(accountant.firm().orElseThrow())) {
            assertThatThrownBy(() -> clients.listClients()).isInstanceOf(AuthorizationDeniedException.class);
            signedIn(new TestingAuthenticationToken(accountant, null, "FACTOR_PASSWORD", "FACTOR_TOTP",
                    "ROLE_ACCOUNTANT"));
            assertThat(clients.listClients()).isNotNull();
        }
    }
}
