package eu.ondernemerscheck.invitations;

import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.invitations.port.in.AcceptInvitationCommand;
import eu.ondernemerscheck.application.invitations.port.in.AcceptInvitationUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InvitationPreview;
import eu.ondernemerscheck.application.invitations.port.in.InviteAccountantCommand;
import eu.ondernemerscheck.application.invitations.port.in.InviteAccountantUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientCommand;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientUseCase;
import eu.ondernemerscheck.application.invitations.port.out.InvitationStorePort;
import eu.ondernemerscheck.application.invitations.port.out.NewInvitation;
import eu.ondernemerscheck.application.mail.port.out.LoadCaughtMailPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invitations on the real database: TC-18 (a)–(d), (g) and the 72-hour validity. */
@IntegrationTest
class InvitationTest {

    static final Pattern LINK = Pattern.compile("https?://\\S+/uitnodiging/([A-Za-z0-9_-]{43})");
    static final String PASSWORD = "zonnebloem paardenbloem 42";

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    InviteAccountantUseCase inviteAccountant;
    @Autowired
    InviteClientUseCase inviteClient;
    @Autowired
    AcceptInvitationUseCase accept;
    @Autowired
    InvitationStorePort store;
    @Autowired
    LoadCaughtMailPort mail;
    @Autowired
    JdbcTemplate jdbc;

    Firm firm;
    String email;

    @BeforeEach
    void aFirm() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        firm = AsAdministrator.provision(firms, "Uitnodigingskantoor " + suffix);
        email = "uitgenodigd-" + suffix + "@example.nl";
    }

    /** The token, read from the invitation e-mail as the invitee would. */
    String tokenMailedTo(String address) {
        String body = mail.caught().stream().filter(m -> m.to().equals(address)).findFirst().orElseThrow().body();
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a link in the mail").isTrue();
        return m.group(1);
    }

    String inviteAnAccountant() {
        AsAdministrator.run(() -> inviteAccountant.inviteAccountant(new InviteAccountantCommand(firm.id(), email,
                "http://localhost:8080/")));
        return tokenMailedTo(email);
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(
                StandardCharsets.UTF_8)));
    }

    @Test
    void onlyTheHashOfTheTokenIsStoredAndTheLinkIsValidFor72Hours() throws Exception {
        String token = inviteAnAccountant();

        Map<String, Object> row = jdbc.queryForMap("select token_hash, role, firm_id, created_at, expires_at,"
                + " consumed_at from platform.invitation where email = ?", email);
        assertThat(row.get("token_hash")).isEqualTo(sha256(token)).isNotEqualTo(token);
        assertThat(jdbc.queryForObject("select count(*) from platform.invitation where token_hash = ? or email ="
                + " ? and token_hash like ?", Integer.class, token, email, "%" + token + "%")).isZero();
        assertThat(row.get("role")).isEqualTo("ACCOUNTANT");
        assertThat(row.get("firm_id")).isEqualTo(firm.id().value());
        assertThat(row.get("consumed_at")).isNull();
        Instant created = ((java.sql.Timestamp) row.get("created_at")).toInstant();
        Instant expires = ((java.sql.Timestamp) row.get("expires_at")).toInstant();
        assertThat(Duration.between(created, expires)).isEqualTo(Duration.ofHours(72));
        assertThat(Base64Url.decodedLength(token)).isEqualTo(32);
    }

    @Test
    void theLinkWorksUntilJustBeforeItsExpiryAndNotAtIt() throws Exception {
        String hash = sha256("rand-" + UUID.randomUUID());
        Instant expires = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofHours(72));
        store.save(new NewInvitation(hash, firm.id(), email, Role.ACCOUNTANT, null, null,
                expires.minus(Duration.ofHours(72)), expires));

        assertThat(store.findUsable(hash, expires.minusMillis(1))).isPresent();
        assertThat(store.findUsable(hash, expires)).isEmpty();
        assertThat(store.consume(hash, expires)).isEmpty();
        assertThat(store.consume(hash, expires.minusMillis(1))).isPresent();
        assertThat(store.consume(hash, expires.minusMillis(1))).as("used once").isEmpty();
    }

    @Test
    void acceptingCreatesTheAccountWithRoleAndFirmOfTheInvitationOnce() {
        String token = inviteAnAccountant();

        InvitationPreview preview = accept.open(token, "10.1.1.1").orElseThrow();
        assertThat(preview.email()).isEqualTo(email);
        assertThat(preview.role()).isEqualTo(Role.ACCOUNTANT);
        accept.accept(new AcceptInvitationCommand(token, "Nieuwe Accountant", PASSWORD, "10.1.1.1"));

        Map<String, Object> account = jdbc.queryForMap("select role, firm_id from platform.app_user where email = ?",
                email);
        assertThat(account.get("role")).isEqualTo("ACCOUNTANT");
        assertThat(account.get("firm_id")).isEqualTo(firm.id().value());
        assertThat(jdbc.queryForObject("select consumed_at is not null from platform.invitation where email = ?",
                Boolean.class, email)).isTrue();
        assertThatThrownBy(() -> accept.accept(new AcceptInvitationCommand(token, "Nog eens", PASSWORD, "10.1.1.2")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(AcceptInvitationUseCase.LINK_NOT_VALID);
        assertThat(accept.open(token, "10.1.1.2")).isEmpty();
    }

    @Test
    void unknownExpiredAndUsedLinksAreRefusedWithTheSameMessage() throws Exception {
        String expired = "verlopen-" + UUID.randomUUID();
        Instant now = Instant.now();
        store.save(new NewInvitation(sha256(expired), firm.id(), email, Role.ACCOUNTANT, null, null,
                now.minus(Duration.ofHours(73)), now.minus(Duration.ofHours(1))));
        String used = inviteAnAccountantTo("gebruikt-" + email);
        accept.accept(new AcceptInvitationCommand(used, "Eerste", PASSWORD, "10.1.2.1"));

        List<String> messages = new ArrayList<>();
        for (String token : List.of("onbekend-" + UUID.randomUUID(), expired, used)) {
            try {
                accept.accept(new AcceptInvitationCommand(token, "Iemand", PASSWORD, "10.1.2.2"));
            } catch (InvalidInputException e) {
                messages.add(e.errors().getFirst().field() + ": " + e.errors().getFirst().message());
            }
        }
        assertThat(messages).hasSize(3).containsOnly("token: " + AcceptInvitationUseCase.LINK_NOT_VALID);
        assertThat(jdbc.queryForObject("select count(*) from platform.app_user where email = ?", Integer.class,
                email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where action ="
                + " 'invitation.refused' and subject = 'address 10.1.2.2'", Integer.class)).isGreaterThanOrEqualTo(3);
    }

    String inviteAnAccountantTo(String address) {
        AsAdministrator.run(() -> inviteAccountant.inviteAccountant(new InviteAccountantCommand(firm.id(), address,
                "http://localhost:8080/")));
        return tokenMailedTo(address);
    }

    @Test
    void ofTwoSimultaneousAcceptsExactlyOneCreatesAnAccount() throws Exception {
        String token = inviteAnAccountant();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> click = () -> {
            start.await();
            try {
                accept.accept(new AcceptInvitationCommand(token, "Dubbelklikker", PASSWORD, "10.1.3.1"));
                return true;
            } catch (InvalidInputException e) {
                assertThat(e.errors().getFirst().message()).isEqualTo(AcceptInvitationUseCase.LINK_NOT_VALID);
                return false;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(click);
            Future<Boolean> second = pool.submit(click);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from platform.app_user where email = ?", Integer.class,
                email)).isEqualTo(1);
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsable() {
        String token = inviteAnAccountant();
        assertThatThrownBy(() -> accept.accept(new AcceptInvitationCommand(token, "Zwak", "password", "10.1.4.1")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().getFirst().field())
                        .isEqualTo("password"));
        assertThat(accept.open(token, "10.1.4.1")).isPresent();
    }

    @Test
    @WithMockUser(roles = "ACCOUNTANT")
    void anAccountantInvitesAClientIntoTheirOwnFirmAndTheAccountIsLinkedToTheClient() {
        Long clientId;
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            inviteClient.inviteClient(new InviteClientCommand(email, null, "Bakkerij Uitnodiging", Country.NL,
                    "eenmanszaak", "http://localhost:8080/"));
            clientId = jdbc.queryForObject("select client_id from platform.invitation where email = ?", Long.class,
                    email);
            assertThatThrownBy(() -> inviteClient.inviteClient(new InviteClientCommand("ander-" + email, 999_999L,
                    null, null, null, "http://localhost:8080/"))).isInstanceOf(InvalidInputException.class);
        }
        assertThat(jdbc.queryForObject("select name from " + firm.id().schemaName() + ".client where id = ?",
                String.class, clientId)).isEqualTo("Bakkerij Uitnodiging");
        accept.accept(new AcceptInvitationCommand(tokenMailedTo(email), "Bakker", PASSWORD, "10.1.5.1"));

        Map<String, Object> account = jdbc.queryForMap("select role, firm_id, client_id from platform.app_user"
                + " where email = ?", email);
        assertThat(account).containsEntry("role", "CLIENT").containsEntry("firm_id", firm.id().value())
                .containsEntry("client_id", clientId);
    }

    @Test
    @WithMockUser(roles = "ACCOUNTANT")
    void anAccountantCannotInviteAnotherAccountant() {
        assertThatThrownBy(() -> inviteAccountant.inviteAccountant(new InviteAccountantCommand(firm.id(), email,
                "http://localhost:8080/"))).isInstanceOf(AccessDeniedException.class);
    }

    /** How many bytes a base64url token without padding carries. */
    static final class Base64Url {
        static int decodedLength(String token) {
            return java.util.Base64.getUrlDecoder().decode(token).length;
        }
    }
}
