package eu.ondernemerscheck.application.accounts.service;

import eu.ondernemerscheck.application.accounts.port.in.ConfirmEnrolmentCommand;
import eu.ondernemerscheck.application.accounts.port.in.EnrolmentResult;
import eu.ondernemerscheck.application.accounts.port.in.NewAuthenticatorSecret;
import eu.ondernemerscheck.application.accounts.port.in.SecondFactorUseCase;
import eu.ondernemerscheck.application.accounts.port.in.VerificationResult;
import eu.ondernemerscheck.application.accounts.port.in.VerifyCodeCommand;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.SecondFactorPort;
import eu.ondernemerscheck.application.accounts.port.out.SignInAttemptsPort;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.domain.accounts.Base32;
import eu.ondernemerscheck.domain.accounts.SignInThrottle;
import eu.ondernemerscheck.domain.accounts.Totp;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Authenticator codes (RFC 6238) and recovery codes. A code counts once: the step it belongs to must be later than the
 * last step used by the account (ASVS 6.5.1), and the database decides that in one update, so two requests with the
 * same code cannot both pass. Wrong codes are throttled like wrong passwords (same rule, own counter per account) and
 * everything is in the audit trail, without codes or secrets.
 *
 * <p>Recovery codes carry 60 random bits each, below the 112 bits for which ASVS 6.5.2 would allow a plain hash, so
 * they are stored with the password hash (Argon2id) and checked against each unused one.
 */
@Service
class SecondFactorService implements SecondFactorUseCase {

    static final String ISSUER = "Ondernemerscheck";
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String ONLY_THE_ACCOUNT_ITSELF = "hasAuthority('FACTOR_PASSWORD') and principal instanceof "
            + "T(eu.ondernemerscheck.domain.shared.Actor) and principal.accountId() == #command.accountId()";

    private final SecondFactorPort factors;
    private final SignInAttemptsPort attempts;
    private final HashPasswordPort hasher;
    private final RecordAuditPort audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactorService(SecondFactorPort factors, SignInAttemptsPort attempts, HashPasswordPort hasher,
                        RecordAuditPort audit, Clock clock) {
        this.factors = factors;
        this.attempts = attempts;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('FACTOR_PASSWORD')")
    public boolean enrolled(long accountId) {
        return factors.secret(accountId).isPresent();
    }

    @Override
    @PreAuthorize("hasAuthority('FACTOR_PASSWORD')")
    public NewAuthenticatorSecret newSecret(String accountEmail) {
        String secret = Base32.encode(Totp.newSecret(random));
        return new NewAuthenticatorSecret(secret, Totp.otpauthUri(ISSUER, accountEmail, secret));
    }

    @Override
    @PreAuthorize(ONLY_THE_ACCOUNT_ITSELF)
    public EnrolmentResult confirmEnrolment(ConfirmEnrolmentCommand command) {
        Instant now = clock.instant();
        String key = throttleKey(command.accountId());
        if (throttled(key, command.address(), now)) {
            record(command.accountId(), command.email(), command.firm(), "second-factor.throttled",
                    command.address());
            return EnrolmentResult.of(EnrolmentResult.Outcome.THROTTLED);
        }
        if (factors.secret(command.accountId()).isPresent()) {
            return EnrolmentResult.of(EnrolmentResult.Outcome.ALREADY_ENROLLED);
        }
        byte[] secret;
        try {
            secret = Base32.decode(command.secret());
        } catch (IllegalArgumentException e) {
            secret = new byte[0];
        }
        OptionalLong step = secret.length == Totp.SECRET_BYTES ? Totp.matchingStep(secret, command.code(), now)
                : OptionalLong.empty();
        if (step.isEmpty()) {
            fail(key, command.accountId(), command.email(), command.firm(), command.address(), now);
            return EnrolmentResult.of(EnrolmentResult.Outcome.WRONG_CODE);
        }
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        List<String> hashes = new ArrayList<>(RECOVERY_CODES);
        try {
            for (int i = 0; i < RECOVERY_CODES; i++) {
                String code = newRecoveryCode();
                codes.add(code);
                hashes.add(hasher.hash(normaliseRecoveryCode(code)));
            }
        } catch (HashPasswordPort.Busy e) {
            return EnrolmentResult.of(EnrolmentResult.Outcome.BUSY);
        }
        if (!factors.enrol(command.accountId(), Base32.encode(secret), step.getAsLong(), hashes, now)) {
            return EnrolmentResult.of(EnrolmentResult.Outcome.ALREADY_ENROLLED);
        }
        attempts.clearAccount(key);
        record(command.accountId(), command.email(), command.firm(), "second-factor.enrolled", command.address());
        return new EnrolmentResult(EnrolmentResult.Outcome.ENROLLED, codes);
    }

    @Override
    @PreAuthorize(ONLY_THE_ACCOUNT_ITSELF)
    public VerificationResult verify(VerifyCodeCommand command) {
        Instant now = clock.instant();
        String key = throttleKey(command.accountId());
        if (throttled(key, command.address(), now)) {
            record(command.accountId(), command.email(), command.firm(), "second-factor.throttled",
                    command.address());
            return new VerificationResult(VerificationResult.Outcome.THROTTLED, 0);
        }
        Optional<String> secret = factors.secret(command.accountId());
        if (secret.isPresent()) {
            OptionalLong step = Totp.matchingStep(Base32.decode(secret.get()), command.code(), now);
            if (step.isPresent() && factors.useStep(command.accountId(), step.getAsLong())) {
                attempts.clearAccount(key);
                record(command.accountId(), command.email(), command.firm(), "second-factor.verified",
                        command.address());
                return new VerificationResult(VerificationResult.Outcome.VERIFIED, 0);
            }
            if (step.isEmpty()) {
                try {
                    Optional<Integer> left = useRecoveryCode(command.accountId(), command.code(), now);
                    if (left.isPresent()) {
                        attempts.clearAccount(key);
                        record(command.accountId(), command.email(), command.firm(),
                                "second-factor.recovery-code-used", command.address());
                        return new VerificationResult(VerificationResult.Outcome.RECOVERY_CODE_USED, left.get());
                    }
                } catch (HashPasswordPort.Busy e) {
                    return new VerificationResult(VerificationResult.Outcome.BUSY, 0);
                }
            }
        }
        fail(key, command.accountId(), command.email(), command.firm(), command.address(), now);
        return new VerificationResult(VerificationResult.Outcome.WRONG_CODE, 0);
    }

    /** The number of recovery codes left when the typed one was unused and is now used up. */
    private Optional<Integer> useRecoveryCode(long accountId, String typed, Instant now) {
        String code = normaliseRecoveryCode(typed);
        if (!code.matches("[" + RECOVERY_ALPHABET + "]{12}")) {
            return Optional.empty();
        }
        List<SecondFactorPort.StoredRecoveryCode> unused = factors.unusedRecoveryCodes(accountId);
        for (SecondFactorPort.StoredRecoveryCode stored : unused) {
            if (hasher.matches(code, stored.hash())) {
                return factors.useRecoveryCode(stored.id(), now) ? Optional.of(unused.size() - 1)
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private String newRecoveryCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normaliseRecoveryCode(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** Its own counter per account, so password failures and code failures do not clear each other. */
    private static String throttleKey(long accountId) {
        return "second-factor:" + accountId;
    }

    private boolean throttled(String key, String address, Instant now) {
        return SignInThrottle.blockedUntil(attempts.accountFailuresSince(key, now.minus(SignInThrottle.ACCOUNT_WINDOW)),
                attempts.addressFailuresSince(address, now.minus(SignInThrottle.ADDRESS_WINDOW)), now).isPresent();
    }

    private void fail(String key, long accountId, String email, FirmId firm, String address, Instant now) {
        attempts.recordFailure(key, address, now);
        record(accountId, email, firm, "second-factor.failed", address);
    }

    private void record(long accountId, String email, FirmId firm, String action, String address) {
        audit.append(new AuditEvent(clock.instant(), accountId, email, firm, action,
                "address " + address, null, null));
    }
}
