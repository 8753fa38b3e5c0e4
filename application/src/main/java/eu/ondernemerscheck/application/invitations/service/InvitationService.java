package eu.ondernemerscheck.application.invitations.service;

import eu.ondernemerscheck.application.accounts.Accounts;
import eu.ondernemerscheck.application.accounts.NewPasswords;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.SignInAttemptsPort;
import eu.ondernemerscheck.application.audit.CurrentActor;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.clients.port.out.SaveClientPort;
import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import eu.ondernemerscheck.application.invitations.port.in.AcceptInvitationCommand;
import eu.ondernemerscheck.application.invitations.port.in.AcceptInvitationUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InvitationPreview;
import eu.ondernemerscheck.application.invitations.port.in.InviteAccountantCommand;
import eu.ondernemerscheck.application.invitations.port.in.InviteAccountantUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientCommand;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientUseCase;
import eu.ondernemerscheck.application.invitations.port.in.SentInvitation;
import eu.ondernemerscheck.application.invitations.port.out.InvitationStorePort;
import eu.ondernemerscheck.application.invitations.port.out.InvitedAccountPort;
import eu.ondernemerscheck.application.invitations.port.out.NewInvitation;
import eu.ondernemerscheck.application.invitations.port.out.PendingInvitation;
import eu.ondernemerscheck.application.mail.port.out.SendMailPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.accounts.SignInThrottle;
import eu.ondernemerscheck.domain.mail.MailMessage;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.shared.Actor;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.Role;
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
 * Sends invitations and turns an accepted one into an account. The token is 32 bytes from the platform's CSPRNG,
 * base64url in the link; only its SHA-256 is stored, which suffices for a 256-bit secret (ASVS 6.5.2). Role, firm
 * and client of the new account come from the stored invitation, never from the request. Failed link attempts count
 * per network address like failed sign-ins, so guessing is throttled (TC-18 e).
 */
@Service
class InvitationService implements InviteAccountantUseCase, InviteClientUseCase, AcceptInvitationUseCase {

    /** security.md §3.3: proposal of 72 hours. */
    static final Duration VALIDITY = Duration.ofHours(72);
    private static final String THROTTLE_KEY = "invitation";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.of("nl", "NL")).withZone(FirmsCalendar.ZONE);

    private final SecureRandom random = new SecureRandom();
    private final InvitationStorePort store;
    private final InvitedAccountPort accounts;
    private final HashPasswordPort hasher;
    private final SignInAttemptsPort attempts;
    private final FirmRegistryPort firms;
    private final LoadClientsPort loadClients;
    private final SaveClientPort saveClient;
    private final SendMailPort mail;
    private final RecordAuditPort audit;
    private final Clock clock;

    InvitationService(InvitationStorePort store, InvitedAccountPort accounts, HashPasswordPort hasher,
                      SignInAttemptsPort attempts, FirmRegistryPort firms, LoadClientsPort loadClients,
                      SaveClientPort saveClient, SendMailPort mail, RecordAuditPort audit, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.hasher = hasher;
        this.attempts = attempts;
        this.firms = firms;
        this.loadClients = loadClients;
        this.saveClient = saveClient;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SentInvitation inviteAccountant(InviteAccountantCommand command) {
        Firm firm = firms.all().stream().filter(f -> f.id().equals(command.firm())).findFirst()
                .orElseThrow(() -> new InvalidInputException("firm", "Dit kantoor bestaat niet (meer)."));
        return invite(command.email(), Role.ACCOUNTANT, firm, null, command.linkBase());
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional
    public SentInvitation inviteClient(InviteClientCommand command) {
        FirmId firmId = TenantContext.require();
        Firm firm = firms.all().stream().filter(f -> f.id().equals(firmId)).findFirst().orElseThrow();
        Client client;
        if (command.existingClientId() != null) {
            client = loadClients.loadClients().stream().filter(c -> c.id() == command.existingClientId())
                    .findFirst().orElseThrow(() -> new InvalidInputException("clientName",
                            "Deze klant staat niet in uw portefeuille."));
        } else {
            checkNotInvitedYet(command.email());
            client = saveClient.saveNew(command.clientName(), command.country(), command.legalForm());
        }
        return invite(command.email(), Role.CLIENT, firm, client.id(), command.linkBase());
    }

    private void checkNotInvitedYet(String email) {
        if (accounts.accountExists(Accounts.normalise(email))) {
            throw new InvalidInputException("email", "Voor dit e-mailadres bestaat al een account.");
        }
    }

    private SentInvitation invite(String typedEmail, Role role, Firm firm, Long clientId, String linkBase) {
        String email = Accounts.normalise(typedEmail);
        checkNotInvitedYet(email);
        Instant now = clock.instant();
        Instant expires = now.plus(VALIDITY);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Optional<Actor> actor = CurrentActor.get();
        store.save(new NewInvitation(sha256(token), firm.id(), email, role, clientId,
                actor.map(Actor::accountId).orElse(null), now, expires));
        mail.send(new MailMessage(now, email, "Uitnodiging voor de Ondernemerscheck van " + firm.name(),
                body(firm, role, linkBase + "uitnodiging/" + token, expires)));
        audit.append(new AuditEvent(now, actor.map(Actor::accountId).orElse(null),
                actor.map(Actor::email).orElse(""), firm.id(), "invitation.created", "invitation to " + email,
                null, "{\"role\":\"" + role.name() + "\"" + (clientId == null ? "" : ",\"client\":" + clientId)
                + "}"));
        return new SentInvitation(email, role, expires);
    }

    private static String body(Firm firm, Role role, String link, Instant expires) {
        String as = role == Role.ACCOUNTANT ? "als accountant" : "als klant";
        return "Goedendag,\n\n" + firm.name() + " nodigt u uit " + as + " voor de Ondernemerscheck.\n\n"
                + "Open deze link om uw wachtwoord te kiezen:\n" + link + "\n\n"
                + "De link werkt één keer en is geldig tot " + UNTIL.format(expires) + ".\n"
                + "Verwachtte u deze uitnodiging niet? Dan kunt u dit bericht negeren.\n";
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<InvitationPreview> open(String token, String address) {
        Instant now = clock.instant();
        if (throttled(address, now)) {
            return Optional.empty();
        }
        Optional<PendingInvitation> usable = usable(token, now);
        if (usable.isEmpty()) {
            refused(address, now);
            return Optional.empty();
        }
        PendingInvitation i = usable.get();
        return Optional.of(new InvitationPreview(i.email(), i.role(), i.firmName()));
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void accept(AcceptInvitationCommand command) {
        Instant now = clock.instant();
        if (throttled(command.address(), now)) {
            throw new InvalidInputException("token", "Te veel pogingen. Wacht een minuut en probeer het opnieuw.");
        }
        PendingInvitation invitation = usable(command.token(), now).orElseThrow(() -> {
            refused(command.address(), now);
            return new InvalidInputException("token", LINK_NOT_VALID);
        });
        if (accounts.accountExists(invitation.email())) {
            throw new InvalidInputException("token", "Voor dit e-mailadres bestaat al een account. Log in met uw "
                    + "wachtwoord.");
        }
        String passwordHash = NewPasswords.checkAndHash("password", command.password(),
                List.of(invitation.email(), command.displayName(), invitation.firmName()), hasher);
        // the decision: of two simultaneous accepts only one conditional update finds the row still unused
        PendingInvitation used = store.consume(sha256(command.token()), clock.instant()).orElseThrow(() -> {
            refused(command.address(), now);
            return new InvalidInputException("token", LINK_NOT_VALID);
        });
        long id = accounts.createAccount(used.email(), command.displayName(), passwordHash, used.role(), used.firm(),
                used.clientId());
        audit.append(new AuditEvent(clock.instant(), id, used.email(), used.firm(), "invitation.accepted",
                "invitation " + used.id(), null, "{\"role\":\"" + used.role().name() + "\",\"account\":" + id
                + "}"));
    }

    private Optional<PendingInvitation> usable(String token, Instant now) {
        // a real token is 43 characters; anything far longer is not hashed or looked up
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return store.findUsable(sha256(token), now);
    }

    private boolean throttled(String address, Instant now) {
        address = cut(address);
        return SignInThrottle.blockedUntil(List.of(), attempts.addressFailuresSince(address,
                now.minus(SignInThrottle.ADDRESS_WINDOW)), now).isPresent();
    }

    private void refused(String address, Instant now) {
        address = cut(address);
        attempts.recordFailure(THROTTLE_KEY, address, now);
        audit.append(new AuditEvent(now, null, "anoniem", null, "invitation.refused", "address " + address, null,
                null));
    }

    private static String cut(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address;
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    static String sha256(String token) {
        return NewPasswords.tokenHash(token);
    }
}
