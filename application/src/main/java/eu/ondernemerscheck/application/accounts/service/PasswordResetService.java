package eu.ondernemerscheck.application.accounts.service;

import eu.ondernemerscheck.application.accounts.Accounts;
import eu.ondernemerscheck.application.accounts.NewPasswords;
import eu.ondernemerscheck.application.accounts.port.in.RequestPasswordResetCommand;
import eu.ondernemerscheck.application.accounts.port.in.ResetPasswordCommand;
import eu.ondernemerscheck.application.accounts.port.in.ResetPasswordUseCase;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.LoadAccountPort;
import eu.ondernemerscheck.application.accounts.port.out.PasswordResetPort;
import eu.ondernemerscheck.application.accounts.port.out.PasswordResetPort.ResetTarget;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.accounts.port.out.SessionStandingPort;
import eu.ondernemerscheck.application.accounts.port.out.SignInAttemptsPort;
import eu.ondernemerscheck.application.accounts.port.out.StoredAccount;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.application.mail.port.out.SendMailPort;
import eu.ondernemerscheck.domain.accounts.SignInThrottle;
import eu.ondernemerscheck.domain.mail.MailMessage;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Password reset by e-mail link (OWASP Forgot Password cheat sheet; ASVS 6.4.1, 6.5.2, 11.5.1). The token is 32
 * bytes from the platform's CSPRNG, base64url in the link; only its SHA-256 is stored. A link works once and for one
 * hour; a new password withdraws every other link of the account. The answer to a request is the same whether an
 * account exists or not; requests and failed link uses count per network address like failed sign-ins, and an
 * account gets at most three links an hour, so the form can neither probe addresses nor flood a mailbox. A reset
 * lifts the sign-in throttle of the account (the owner proved control of the mailbox) and ends its existing sessions,
 * but leaves the second factor as it is: the next sign-in still asks for it.
 */
@Service
class PasswordResetService implements ResetPasswordUseCase {

    static final Duration VALIDITY = Duration.ofHours(1);
    static final int LINKS_PER_HOUR = 3;
    private static final String THROTTLE_KEY = "password-reset";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.of("nl", "NL")).withZone(FirmsCalendar.ZONE);

    private final SecureRandom random = new SecureRandom();
    private final LoadAccountPort accounts;
    private final SaveAccountPort save;
    private final PasswordResetPort links;
    private final HashPasswordPort hasher;
    private final SignInAttemptsPort attempts;
    private final SendMailPort mail;
    private final RecordAuditPort audit;
    private final SessionStandingPort sessions;
    private final Clock clock;

    PasswordResetService(LoadAccountPort accounts, SaveAccountPort save, PasswordResetPort links,
                         HashPasswordPort hasher, SignInAttemptsPort attempts, SendMailPort mail,
                         RecordAuditPort audit, SessionStandingPort sessions, Clock clock) {
        this.accounts = accounts;
        this.save = save;
        this.links = links;
        this.hasher = hasher;
        this.attempts = attempts;
        this.mail = mail;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestReset(RequestPasswordResetCommand command) {
        Instant now = clock.instant();
        if (throttled(command.address(), now)) {
            audit.append(new AuditEvent(now, null, "anoniem", null, "password.reset-throttled",
                    "address " + command.address(), null, null));
            return;
        }
        // every request counts for its address, so the form cannot be used to send mail or probe addresses in bulk
        attempts.recordFailure(THROTTLE_KEY, command.address(), now);
        String email = Accounts.normalise(command.email());
        Optional<StoredAccount> account = Accounts.isPlausibleEmail(email) ? accounts.findByEmail(email)
                : Optional.empty();
        if (account.isEmpty() || !account.get().enabled()) {
            audit.append(new AuditEvent(now, null, "anoniem", null, "password.reset-unknown",
                    "address " + command.address(), null, null));
            return;
        }
        StoredAccount a = account.get();
        if (links.madeSince(a.id(), now.minus(Duration.ofHours(1))) >= LINKS_PER_HOUR) {
            audit.append(new AuditEvent(now, a.id(), a.email(), a.firm(), "password.reset-limited",
                    "address " + command.address(), null, null));
            return;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(VALIDITY);
        links.save(sha256(token), a.id(), now, expires);
        mail.send(new MailMessage(now, a.email(), "Nieuw wachtwoord voor de Ondernemerscheck",
                body(command.linkBase() + "wachtwoord-herstellen/" + token, expires)));
        audit.append(new AuditEvent(now, a.id(), a.email(), a.firm(), "password.reset-requested",
                "address " + command.address(), null, null));
    }

    private static String body(String link, Instant expires) {
        return "Goedendag,\n\nIemand vroeg een nieuw wachtwoord aan voor uw account bij de Ondernemerscheck.\n\n"
                + "Open deze link om een nieuw wachtwoord te kiezen:\n" + link + "\n\n"
                + "De link werkt één keer en is geldig tot " + UNTIL.format(expires) + ".\n"
                + "Vroeg u dit niet aan? Dan kunt u dit bericht negeren; uw wachtwoord blijft zoals het is.\n";
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional
    public boolean linkUsable(String token, String address) {
        Instant now = clock.instant();
        String from = cut(address);
        if (throttled(from, now)) {
            return false;
        }
        if (usable(token, now).isPresent()) {
            return true;
        }
        refused(from, now);
        return false;
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void resetPassword(ResetPasswordCommand command) {
        Instant now = clock.instant();
        if (throttled(command.address(), now)) {
            throw new InvalidInputException("token", "Te veel pogingen. Wacht een minuut en probeer het opnieuw.");
        }
        ResetTarget target = usable(command.token(), now).orElseThrow(() -> {
            refused(command.address(), now);
            return new InvalidInputException("token", LINK_NOT_VALID);
        });
        String hash = NewPasswords.checkAndHash("newPassword", command.newPassword(),
                List.of(target.email(), target.displayName()), hasher);
        // the decision: of two simultaneous uses of one link only one conditional update finds it still unused
        ResetTarget used = links.consume(sha256(command.token()), clock.instant()).orElseThrow(() -> {
            refused(command.address(), now);
            return new InvalidInputException("token", LINK_NOT_VALID);
        });
        save.updatePasswordHash(used.accountId(), hash);
        links.withdrawAll(used.accountId(), now);
        // whoever signed in with the old password loses that session (ASVS 7.4.3)
        sessions.endSessionsBefore(used.accountId(), clock.instant());
        attempts.clearAccount(used.email());
        audit.append(new AuditEvent(now, used.accountId(), used.email(), null, "password.reset",
                "account " + used.accountId() + " from address " + command.address(), null, null));
    }

    private Optional<ResetTarget> usable(String token, Instant now) {
        // a real token is 43 characters; anything far longer is not hashed or looked up
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return links.findUsable(sha256(token), now);
    }

    private boolean throttled(String address, Instant now) {
        return SignInThrottle.blockedUntil(List.of(), attempts.addressFailuresSince(address,
                now.minus(SignInThrottle.ADDRESS_WINDOW)), now).isPresent();
    }

    private void refused(String address, Instant now) {
        attempts.recordFailure(THROTTLE_KEY, address, now);
        audit.append(new AuditEvent(now, null, "anoniem", null, "password.reset-refused", "address " + address,
                null, null));
    }

    private static String cut(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address;
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    static String sha256(String token) {
        return NewPasswords.tokenHash(token);
    }
}
