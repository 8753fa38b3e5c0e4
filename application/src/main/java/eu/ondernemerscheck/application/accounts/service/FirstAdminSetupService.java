package eu.ondernemerscheck.application.accounts.service;

import eu.ondernemerscheck.application.accounts.Accounts;
import eu.ondernemerscheck.application.accounts.port.in.CreateFirstAdminCommand;
import eu.ondernemerscheck.application.accounts.port.in.FirstAdminSetupUseCase;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.LoadAccountPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.accounts.port.out.SetupSecretPort;
import eu.ondernemerscheck.application.accounts.port.out.SignInAttemptsPort;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.domain.accounts.PasswordPolicy;
import eu.ondernemerscheck.domain.accounts.SignInThrottle;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The first administrator, created with a one-time secret (ASVS 6.3.2: no default accounts). The secret has 256 random
 * bits from the platform's CSPRNG; only its SHA-256 hash is stored. Wrong secrets count as failed sign-ins of the
 * address, so guessing is throttled like password guessing.
 */
@Service
class FirstAdminSetupService implements FirstAdminSetupUseCase {

    private static final String SETUP_KEY = "setup";
    private static final String WRONG_SECRET = "De code klopt niet of is niet meer geldig. Gebruik de code van de"
            + " laatste start.";

    private final SecureRandom random = new SecureRandom();
    private final LoadAccountPort accounts;
    private final SaveAccountPort save;
    private final HashPasswordPort hasher;
    private final SetupSecretPort secrets;
    private final SignInAttemptsPort attempts;
    private final RecordAuditPort audit;
    private final Clock clock;

    FirstAdminSetupService(LoadAccountPort accounts, SaveAccountPort save, HashPasswordPort hasher,
                           SetupSecretPort secrets, SignInAttemptsPort attempts, RecordAuditPort audit, Clock clock) {
        this.accounts = accounts;
        this.save = save;
        this.hasher = hasher;
        this.secrets = secrets;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<String> issueSetupSecret() {
        if (accounts.anyAdminExists()) {
            secrets.clear();
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        secrets.replace(sha256(secret), clock.instant());
        return Optional.of(secret);
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean setupOpen() {
        return !accounts.anyAdminExists();
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void createFirstAdmin(CreateFirstAdminCommand command) {
        Instant now = clock.instant();
        if (SignInThrottle.blockedUntil(List.of(), attempts.addressFailuresSince(command.address(),
                now.minus(SignInThrottle.ADDRESS_WINDOW)), now).isPresent()) {
            throw new InvalidInputException("secret", "Te veel pogingen. Wacht een minuut en probeer het opnieuw.");
        }
        Optional<String> stored = secrets.lockCurrent();
        if (accounts.anyAdminExists() || stored.isEmpty() || !MessageDigest.isEqual(
                stored.get().getBytes(StandardCharsets.US_ASCII),
                sha256(command.secret()).getBytes(StandardCharsets.US_ASCII))) {
            attempts.recordFailure(SETUP_KEY, command.address(), now);
            audit.append(new AuditEvent(now, null, SETUP_KEY, null, "setup.refused", "address " + command.address(),
                    null, null));
            throw new InvalidInputException("secret", WRONG_SECRET);
        }
        String email = Accounts.normalise(command.email());
        PasswordPolicy.check("password", command.password(), List.of(email, command.displayName()))
                .ifPresent(e -> {
                    throw new InvalidInputException(List.of(e));
                });
        long id = save.create(email, command.displayName(), hasher.hash(command.password()), Role.ADMIN, null);
        secrets.clear();
        audit.append(new AuditEvent(now, id, email, null, "setup.first-admin", "account " + id, null,
                "{\"role\":\"ADMIN\"}"));
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
