package eu.ondernemerscheck.application.accounts.service;

import eu.ondernemerscheck.application.accounts.port.in.LoginAccount;
import eu.ondernemerscheck.application.accounts.port.in.SignInCommand;
import eu.ondernemerscheck.application.accounts.port.in.SignInResult;
import eu.ondernemerscheck.application.accounts.port.in.SignInUseCase;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.LoadAccountPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.accounts.port.out.SecondFactorPort;
import eu.ondernemerscheck.application.accounts.port.out.SignInAttemptsPort;
import eu.ondernemerscheck.application.accounts.port.out.StoredAccount;
import eu.ondernemerscheck.application.accounts.Accounts;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.domain.accounts.PasswordPolicy;
import eu.ondernemerscheck.domain.accounts.SignInThrottle;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in with e-mail address and password. Throttled per account and per network address before any hash is
 * computed; an unknown address costs the same hash computation as a known one (against a dummy hash) and gets the
 * same answer, so neither the message nor the timing tells whether an account exists (TC-15). Every attempt is in
 * the audit trail, without the password.
 */
@Service
class SignInService implements SignInUseCase {

    private static final System.Logger LOG = System.getLogger("security");

    private final LoadAccountPort accounts;
    private final SaveAccountPort save;
    private final HashPasswordPort hasher;
    private final SignInAttemptsPort attempts;
    private final RecordAuditPort audit;
    private final Clock clock;
    private final SecondFactorPort secondFactors;
    private volatile String dummyHash;

    SignInService(LoadAccountPort accounts, SaveAccountPort save, HashPasswordPort hasher, SignInAttemptsPort attempts,
                  RecordAuditPort audit, Clock clock, SecondFactorPort secondFactors) {
        this.accounts = accounts;
        this.save = save;
        this.hasher = hasher;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
        this.secondFactors = secondFactors;
    }

    @Override
    @PreAuthorize("permitAll()")
    public SignInResult signIn(SignInCommand command) {
        String key = Accounts.normalise(command.email());
        if (key.length() > 320) {
            key = key.substring(0, 320);
        }
        String address = command.address().length() > 64 ? command.address().substring(0, 64) : command.address();
        Instant now = clock.instant();
        Optional<Instant> blocked = SignInThrottle.blockedUntil(
                attempts.accountFailuresSince(key, now.minus(SignInThrottle.ACCOUNT_WINDOW)),
                attempts.addressFailuresSince(address, now.minus(SignInThrottle.ADDRESS_WINDOW)), now);
        if (blocked.isPresent()) {
            record(null, key, "sign-in.throttled", address);
            return new SignInResult(SignInResult.Outcome.THROTTLED, null, blocked.get());
        }
        Optional<StoredAccount> account = Accounts.isPlausibleEmail(key) ? accounts.findByEmail(key)
                : Optional.empty();
        boolean verified;
        try {
            verified = verify(command.password(), account);
        } catch (HashPasswordPort.Busy e) {
            LOG.log(System.Logger.Level.WARNING, "sign-in refused: password hashing at capacity");
            return new SignInResult(SignInResult.Outcome.BUSY, null, null);
        }
        if (!verified) {
            attempts.recordFailure(key, address, now);
            record(account.map(StoredAccount::id).orElse(null), key, "sign-in.failed", address);
            return SignInResult.refused();
        }
        StoredAccount a = account.orElseThrow();
        attempts.clearAccount(key);
        if (hasher.needsRehash(a.passwordHash())) {
            save.updatePasswordHash(a.id(), hasher.hash(command.password()));
        }
        record(a.id(), key, "sign-in.succeeded", address);
        return new SignInResult(SignInResult.Outcome.SIGNED_IN, Accounts.loginAccount(a,
                secondFactors.secret(a.id()).isPresent()), null);
    }

    private boolean verify(String password, Optional<StoredAccount> account) {
        // a password far longer than any allowed one is not hashed at all (hashing-based denial of service)
        if (password.length() > 4 * PasswordPolicy.MAX_LENGTH) {
            return false;
        }
        if (account.isEmpty()) {
            hasher.matches(password, dummyHash());
            return false;
        }
        return hasher.matches(password, account.get().passwordHash()) && account.get().enabled();
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            hash = hasher.hash(Base64.getEncoder().encodeToString(bytes));
            dummyHash = hash;
        }
        return hash;
    }

    private void record(Long accountId, String key, String action, String address) {
        audit.append(new AuditEvent(clock.instant(), accountId, key, null, action, "address " + address, null, null));
        LOG.log(System.Logger.Level.INFO, "{0} for {1} from {2}", action,
                key.toLowerCase(Locale.ROOT).replaceAll("[\\r\\n\\t]", "_"), address);
    }
}
