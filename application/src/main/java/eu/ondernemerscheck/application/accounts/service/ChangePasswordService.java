package eu.ondernemerscheck.application.accounts.service;

import eu.ondernemerscheck.application.accounts.NewPasswords;
import eu.ondernemerscheck.application.accounts.port.in.ChangePasswordCommand;
import eu.ondernemerscheck.application.accounts.port.in.ChangePasswordUseCase;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.LoadAccountPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.accounts.port.out.SessionStandingPort;
import eu.ondernemerscheck.application.accounts.port.out.SignInAttemptsPort;
import eu.ondernemerscheck.application.accounts.port.out.StoredAccount;
import eu.ondernemerscheck.application.audit.CurrentActor;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.domain.accounts.PasswordPolicy;
import eu.ondernemerscheck.domain.accounts.SignInThrottle;
import eu.ondernemerscheck.domain.shared.Actor;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Password change by the signed-in user (ASVS 6.2.2, 6.2.3: the current password is asked for). A wrong current
 * password counts as a failed sign-in of the account, so this form cannot be used to guess it faster than the login.
 * Every other session of the account ends at its next request (ASVS 7.4.3): whoever signed in elsewhere with the old
 * password loses that session; the caller keeps its own by taking the returned moment as its sign-in time.
 */
@Service
class ChangePasswordService implements ChangePasswordUseCase {

    private final LoadAccountPort accounts;
    private final SaveAccountPort save;
    private final HashPasswordPort hasher;
    private final SignInAttemptsPort attempts;
    private final RecordAuditPort audit;
    private final SessionStandingPort sessions;
    private final Clock clock;

    ChangePasswordService(LoadAccountPort accounts, SaveAccountPort save, HashPasswordPort hasher,
                          SignInAttemptsPort attempts, RecordAuditPort audit, SessionStandingPort sessions,
                          Clock clock) {
        this.accounts = accounts;
        this.save = save;
        this.hasher = hasher;
        this.attempts = attempts;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = InvalidInputException.class)
    public Instant changePassword(ChangePasswordCommand command) {
        Actor actor = CurrentActor.get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
        StoredAccount account = accounts.findByEmail(actor.email()).orElseThrow();
        Instant now = clock.instant();
        String address = command.address().length() > 64 ? command.address().substring(0, 64) : command.address();
        if (SignInThrottle.blockedUntil(attempts.accountFailuresSince(account.email(),
                now.minus(SignInThrottle.ACCOUNT_WINDOW)), List.of(), now).isPresent()) {
            throw new InvalidInputException("currentPassword", "Te veel pogingen. Probeer het later opnieuw.");
        }
        if (command.currentPassword().length() > 4 * PasswordPolicy.MAX_LENGTH
                || !hasher.matches(command.currentPassword(), account.passwordHash())) {
            attempts.recordFailure(account.email(), address, now);
            audit.append(new AuditEvent(now, account.id(), account.email(), account.firm(),
                    "password.change-refused", "address " + address, null, null));
            throw new InvalidInputException("currentPassword", "Dit is niet uw huidige wachtwoord.");
        }
        if (command.newPassword().equals(command.currentPassword())) {
            throw new InvalidInputException("newPassword", "Kies een ander wachtwoord dan het huidige.");
        }
        save.updatePasswordHash(account.id(), NewPasswords.checkAndHash("newPassword", command.newPassword(),
                List.of(account.email(), account.displayName()), hasher));
        // microseconds, as the database keeps them, so the session taking this moment compares equal, not earlier
        Instant sessionsFrom = clock.instant().truncatedTo(ChronoUnit.MICROS);
        sessions.endSessionsBefore(account.id(), sessionsFrom);
        audit.append(new AuditEvent(now, account.id(), account.email(), account.firm(), "password.changed",
                "account " + account.id() + "; other sessions ended", null, null));
        return sessionsFrom;
    }
}
