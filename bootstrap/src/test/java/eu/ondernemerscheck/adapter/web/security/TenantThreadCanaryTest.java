package eu.ondernemerscheck.adapter.web.security;

import eu.ondernemerscheck.application.clients.port.in.ListClientsUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TwoFirms;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TC-09, the thread canaries, and the logging context: the tenant comes from the signed-in user of this request only,
 * nothing of an earlier request or task on the same thread survives, a thread started without a firm reads nothing,
 * and log lines carry firm and account while the request runs and nothing afterwards.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TenantThreadCanaryTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ListClientsUseCase clients;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nothingLeftOnTheTestThread() {
        TenantContext.clear();
        MDC.clear();
        SecurityContextHolder.clearContext();
    }

    private record Seen(Optional<FirmId> firm, String logFirm, String logUser) {
    }

    /** Runs one request through the tenant filter and tells what the application saw while it ran. */
    private Seen request(Runnable duringTheRequest) throws Exception {
        AtomicReference<Seen> seen = new AtomicReference<>();
        new TenantContextFilter().doFilter(new MockHttpServletRequest("GET", "/regelingen"),
                new MockHttpServletResponse(), (req, res) -> {
                    seen.set(new Seen(TenantContext.current(), MDC.get("firm"), MDC.get("user")));
                    duringTheRequest.run();
                });
        return seen.get();
    }

    private void signIn(long accountId, Role role, FirmId firm) {
        SharedContextSecurity.signIn(context, SignedInForTest.fullySignedIn(accountId, "canary@example.nl", role,
                firm));
    }

    @Test
    @DisplayName("TC-09 a tenant left on the thread by an earlier request never reaches the next request")
    void aTenantLeftOnTheThreadDoesNotLeakIntoTheNextRequest() throws Exception {
        TwoFirms firms = TwoFirms.of(context);
        TenantContext.enter(firms.a.id());
        MDC.put("firm", String.valueOf(firms.a.id().value()));
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        Seen anonymous = request(() -> { });
        assertThat(anonymous.firm()).isEmpty();
        assertThat(anonymous.logFirm()).isNull();

        TenantContext.enter(firms.a.id());
        signIn(firms.accountantB, Role.ACCOUNTANT, firms.b.id());
        Seen b = request(() -> { });
        assertThat(b.firm()).contains(firms.b.id());
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    @DisplayName("TC-09 a request that fails still leaves nothing behind on the thread")
    void aFailingRequestLeavesNoTenantBehind() {
        TwoFirms firms = TwoFirms.of(context);
        signIn(firms.accountantA, Role.ACCOUNTANT, firms.a.id());
        assertThatThrownBy(() -> request(() -> {
            throw new IllegalStateException("fault in the view");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(TenantContext.current()).isEmpty();
        assertThat(MDC.get("firm")).isNull();
        assertThat(MDC.get("user")).isNull();
    }

    @Test
    @DisplayName("TC-09 pooled worker thread: a task that crashes before clean-up does not hand its firm to the next")
    void aCrashedTaskDoesNotHandItsFirmToTheNextTaskOnThePooledThread() throws Exception {
        TwoFirms firms = TwoFirms.of(context);
        ExecutorService oneThread = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Void> crashed = CompletableFuture.runAsync(() -> {
                TenantContext.enter(firms.a.id());
                throw new IllegalStateException("crash before clean-up");
            }, oneThread);
            assertThatThrownBy(crashed::get).isInstanceOf(ExecutionException.class);

            FirmId seenByB = CompletableFuture.supplyAsync(() -> TenantContext.callFor(firms.b.id(),
                    TenantContext::require), oneThread).get();
            Optional<FirmId> afterwards = CompletableFuture.supplyAsync(TenantContext::current, oneThread).get();

            assertThat(seenByB).isEqualTo(firms.b.id());
            assertThat(afterwards).isEmpty();
        } finally {
            oneThread.shutdownNow();
        }
    }

    @Test
    @DisplayName("TC-09 a background thread started without a firm reads no firm's data")
    void aBackgroundThreadWithoutAFirmReadsNothing() throws Exception {
        TwoFirms firms = TwoFirms.of(context);
        signIn(firms.accountantA, Role.ACCOUNTANT, firms.a.id());
        List<Object> outcome = new ArrayList<>();
        try (TenantContext.Scope ignored = TenantContext.enter(firms.a.id())) {
            Thread worker = Thread.ofPlatform().start(() -> {
                outcome.add(TenantContext.current());
                outcome.add(jdbc.queryForObject("select current_schema()", String.class));
                SharedContextSecurity.signIn(context, SignedInForTest.fullySignedIn(firms.accountantA,
                        "canary@example.nl", Role.ACCOUNTANT, firms.a.id()));
                try {
                    outcome.add(clients.listClients());
                } catch (RuntimeException e) {
                    outcome.add(e);
                }
            });
            worker.join();
        }
        assertThat(outcome.get(0)).isEqualTo(Optional.empty());
        assertThat(outcome.get(1)).isEqualTo("no_tenant");
        assertThat(outcome.get(2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("Log lines of a request carry firm and account; after the request the logging context is empty")
    void logLinesCarryFirmAndUserDuringTheRequestOnly(CapturedOutput output) throws Exception {
        TwoFirms firms = TwoFirms.of(context);
        signIn(firms.accountantB, Role.ACCOUNTANT, firms.b.id());
        String firm = String.valueOf(firms.b.id().value());
        String user = String.valueOf(firms.accountantB);

        Seen seen = request(() -> LoggerFactory.getLogger("canary").warn("binnen het verzoek"));
        LoggerFactory.getLogger("canary").warn("na het verzoek");

        assertThat(seen.logFirm()).isEqualTo(firm);
        assertThat(seen.logUser()).isEqualTo(user);
        assertThat(MDC.get("firm")).isNull();
        assertThat(MDC.get("user")).isNull();
        String during = output.getOut().lines().filter(l -> l.contains("binnen het verzoek")).findFirst()
                .orElseThrow();
        String after = output.getOut().lines().filter(l -> l.contains("na het verzoek")).findFirst().orElseThrow();
        assertThat(during).contains("[firm=" + firm + " user=" + user + "]");
        assertThat(after).contains("[firm= user=]");
    }
}
