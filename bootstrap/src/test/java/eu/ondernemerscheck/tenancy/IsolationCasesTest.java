package eu.ondernemerscheck.tenancy;

import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.audit.port.in.ListAuditTrailUseCase;
import eu.ondernemerscheck.application.clients.port.in.ListClientsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InviteAccountantCommand;
import eu.ondernemerscheck.application.invitations.port.in.InviteAccountantUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientCommand;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientUseCase;
import eu.ondernemerscheck.application.mail.port.in.ListSentMailUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.ListLeadsUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Isolation and object ownership between two firms whose client ids collide (TC-01…TC-05, TC-33), through the use
 * cases as the views call them, with the tenant entered as the request filter enters it. There is no client detail
 * page and no client's own check yet; the object reference that exists today is a client id sent with an invitation,
 * and that is what TC-01 and TC-01b aim at.
 */
@IntegrationTest
class IsolationCasesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InviteClientUseCase inviteClient;
    @Autowired
    InviteAccountantUseCase inviteAccountant;
    @Autowired
    ListClientsUseCase listClients;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ListLeadsUseCase leads;
    @Autowired
    ProvisionFirmUseCase provision;
    @Autowired
    ListSentMailUseCase sentMail;
    @Autowired
    ListAuditTrailUseCase audit;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    private TwoFirms asAccountantOfA() {
        TwoFirms f = TwoFirms.of(context);
        SharedContextSecurity.signIn(context, SignedInForTest.fullySignedIn(f.accountantA, f.email("accountant-a"),
                Role.ACCOUNTANT, f.a.id()));
        return f;
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }

    private static InviteClientCommand inviteExisting(String email, long clientId) {
        return new InviteClientCommand(email, clientId, "", null, "", "http://localhost/");
    }

    private long invitationsFor(String email) {
        return jdbc.queryForObject("select count(*) from platform.invitation where email = ?", Long.class, email);
    }

    @Test
    @DisplayName("TC-01 a client id that exists only in firm B gets the same answer as one that exists nowhere")
    void anIdOfAnotherFirmIsAnsweredLikeAnIdThatDoesNotExist() {
        TwoFirms f = asAccountantOfA();
        long onlyInB = f.clientsOfB.get(2).id();
        assertThat(f.clientsOfA).extracting(Client::id).doesNotContain(onlyInB);
        String toB = unique("tc01");
        String toNowhere = unique("tc01-nergens");

        Throwable forB;
        Throwable forNowhere;
        try (TenantContext.Scope ignored = TenantContext.enter(f.a.id())) {
            forB = catchThrowable(() -> inviteClient.inviteClient(inviteExisting(toB, onlyInB)));
            forNowhere = catchThrowable(() -> inviteClient.inviteClient(inviteExisting(toNowhere, 987_654)));
        }

        assertThat(forB).isInstanceOf(InvalidInputException.class);
        assertThat(forNowhere).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) forB).errors()).isEqualTo(((InvalidInputException) forNowhere).errors());
        assertThat(invitationsFor(toB)).isZero();
    }

    @Test
    @DisplayName("TC-01b client id 1 exists in both firms: accountant A reaches A's client 1, never B's")
    void aCollidingIdReachesTheOwnFirmsClient() {
        TwoFirms f = asAccountantOfA();
        long one = f.clientsOfA.get(0).id();
        assertThat(f.clientsOfB.get(0).id()).isEqualTo(one);
        String email = unique("tc01b");

        try (TenantContext.Scope ignored = TenantContext.enter(f.a.id())) {
            inviteClient.inviteClient(inviteExisting(email, one));
        }

        assertThat(jdbc.queryForList("select firm_id from platform.invitation where email = ?", Long.class, email))
                .containsExactly(f.a.id().value());
        var mail = AsAdministrator.run(() -> sentMail.sentMail()).stream().filter(m -> m.to().equals(email))
                .findFirst().orElseThrow();
        assertThat(mail.subject()).contains(f.a.name()).doesNotContain(f.b.name());
    }

    @Test
    @DisplayName("TC-02 accountant A's direct service calls read and write firm A only")
    void directServiceCallsStayInTheOwnFirm() {
        TwoFirms f = asAccountantOfA();
        long inBBefore = jdbc.queryForObject("select count(*) from " + f.b.id().schemaName() + ".client", Long.class);
        String name = "Nieuw " + f.markerA() + " " + UUID.randomUUID();

        List<Client> seen;
        try (TenantContext.Scope ignored = TenantContext.enter(f.a.id())) {
            register.register(new RegisterClientCommand(name, Country.NL, "bv"));
            seen = listClients.listClients();
            assertThat(leads.listLeads()).isNotEmpty().allMatch(l -> l.name().contains(f.markerA()));
        }

        assertThat(seen).extracting(Client::name).contains(name).allMatch(n -> n.contains(f.markerA()));
        assertThat(jdbc.queryForObject("select count(*) from " + f.b.id().schemaName() + ".client", Long.class))
                .isEqualTo(inBBefore);
        assertThat(jdbc.queryForObject("select count(*) from " + f.a.id().schemaName() + ".client where name = ?",
                Long.class, name)).isEqualTo(1);
    }

    @Test
    @DisplayName("TC-03 client A1 cannot reach client A2's records (nor any other client's) through any use case")
    void aClientReachesNoOtherClient() {
        TwoFirms f = TwoFirms.of(context);
        SharedContextSecurity.signIn(context, SignedInForTest.fullySignedIn(f.clientA1, f.email("klant-a1"),
                Role.CLIENT, f.a.id()));
        long a2sClient = f.clientsOfA.get(1).id();
        try (TenantContext.Scope ignored = TenantContext.enter(f.a.id())) {
            assertThatThrownBy(() -> listClients.listClients()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> leads.listLeads()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inviteClient.inviteClient(inviteExisting(unique("tc03"), a2sClient)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @DisplayName("TC-04/TC-05 refused service calls of a client and an accountant are refused and in the audit trail")
    void refusedCallsAreRefusedAndRecorded() {
        TwoFirms f = TwoFirms.of(context);
        SharedContextSecurity.signIn(context, SignedInForTest.fullySignedIn(f.clientA2, f.email("klant-a2"),
                Role.CLIENT, f.a.id()));
        try (TenantContext.Scope ignored = TenantContext.enter(f.a.id())) {
            assertThatThrownBy(() -> register.register(new RegisterClientCommand("X", Country.NL, "")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        asAccountantOfA();
        try (TenantContext.Scope ignored = TenantContext.enter(f.a.id())) {
            assertThatThrownBy(() -> provision.provision(new ProvisionFirmCommand("Eigen kantoor")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sentMail.sentMail()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inviteAccountant.inviteAccountant(new InviteAccountantCommand(f.b.id(),
                    unique("tc05"), "http://localhost/"))).isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();

        List<String> refusals = jdbc.queryForList("select actor || ' ' || coalesce(firm_id::text, '-') || ' '"
                + " || subject from platform.audit_event where action = 'access.denied' and actor in (?, ?)",
                String.class, f.email("klant-a2"), f.email("accountant-a"));
        FirmId a = f.a.id();
        assertThat(refusals).contains(
                f.email("klant-a2") + " " + a.value() + " ClientService.register",
                f.email("accountant-a") + " " + a.value() + " FirmService.provision",
                f.email("accountant-a") + " " + a.value() + " SentMailService.sentMail",
                f.email("accountant-a") + " " + a.value() + " InvitationService.inviteAccountant");
    }

    @Test
    @DisplayName("TC-33 two accountants of one firm register at the same moment: both registrations are kept")
    void simultaneousRegistrationsAreBothKept() throws Exception {
        TwoFirms f = TwoFirms.of(context);
        String first = "Gelijktijdig 1 " + f.markerA() + " " + UUID.randomUUID();
        String second = "Gelijktijdig 2 " + f.markerA() + " " + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Client>> saves = List.of(first, second).stream()
                    .map(name -> CompletableFuture.supplyAsync(() -> {
                        SharedContextSecurity.signIn(context, SignedInForTest.fullySignedIn(f.accountantA,
                                f.email("accountant-a"), Role.ACCOUNTANT, f.a.id()));
                        try {
                            start.await(10, TimeUnit.SECONDS);
                            return TenantContext.callFor(f.a.id(), () -> register.register(
                                    new RegisterClientCommand(name, Country.NL, "")));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }, two)).toList();
            start.countDown();
            List<Client> saved = saves.stream().map(CompletableFuture::join).toList();
            assertThat(saved).extracting(Client::id).doesNotHaveDuplicates();
        } finally {
            two.shutdownNow();
        }
        assertThat(jdbc.queryForList("select name from " + f.a.id().schemaName() + ".client where name in (?, ?)",
                String.class, first, second)).containsExactlyInAnyOrder(first, second);
    }
}
