package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import eu.ondernemerscheck.application.clients.port.in.ListClientsUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TC-09, the UI.access half: work pushed to a screen from a pooled thread that was busy for firm B (its tenant and
 * user still on the thread) runs as the screen's own user of firm A and reads firm A's data only; afterwards the
 * pooled thread holds what it held before, nothing of firm A.
 */
@IntegrationTest
class UiAccessTenantTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ListClientsUseCase clients;

    @AfterEach
    void nothingLeft() {
        TenantContext.clear();
    }

    private record Seen(Optional<FirmId> firm, Object principal, List<String> clientNames) {
    }

    private record OnThePoolThread(Seen insideTheWork, Optional<FirmId> firmAfterwards, Authentication userAfterwards) {
    }

    @Test
    @DisplayName("TC-09 UI.access from a thread busy for firm B runs as the screen's firm A and leaves B's context as it was")
    void workPushedToAScreenRunsAsTheScreensOwnFirmAndUser() throws Exception {
        TwoFirms firms = TwoFirms.of(context);
        Authentication ownerA = SignedInForTest.fullySignedIn(firms.accountantA, "scherm-a@example.nl",
                Role.ACCOUNTANT, firms.a.id());
        SharedContextSecurity.signIn(context, ownerA);
        navigate("", Component.class);
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        Authentication workerB = SignedInForTest.fullySignedIn(firms.accountantB, "werker-b@example.nl",
                Role.ACCOUNTANT, firms.b.id());

        ExecutorService pool = Executors.newSingleThreadExecutor();
        // the test holds the screen's session lock; let go of it so the pooled thread runs the work itself
        Lock lock = session.getLockInstance();
        int holds = lock instanceof ReentrantLock reentrant ? reentrant.getHoldCount() : 0;
        for (int i = 0; i < holds; i++) {
            lock.unlock();
        }
        OnThePoolThread outcome;
        try {
            outcome = CompletableFuture.supplyAsync(() -> {
                SecurityContextHolder.getContext().setAuthentication(workerB);
                try (TenantContext.Scope ignored = TenantContext.enter(firms.b.id())) {
                    Seen[] seen = new Seen[1];
                    OwnContextAccess.access(ui, () -> seen[0] = new Seen(TenantContext.current(),
                            SecurityContextHolder.getContext().getAuthentication().getPrincipal(),
                            clients.listClients().stream().map(Client::name).toList())).get(30, TimeUnit.SECONDS);
                    return new OnThePoolThread(seen[0], TenantContext.current(),
                            SecurityContextHolder.getContext().getAuthentication());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }, pool).get(60, TimeUnit.SECONDS);
            Optional<FirmId> pooledThreadAtRest = CompletableFuture.supplyAsync(TenantContext::current, pool).get();
            assertThat(pooledThreadAtRest).isEmpty();
        } finally {
            for (int i = 0; i < holds; i++) {
                lock.lock();
            }
            pool.shutdownNow();
        }

        assertThat(outcome.insideTheWork().firm()).contains(firms.a.id());
        assertThat(outcome.insideTheWork().principal()).isSameAs(ownerA.getPrincipal());
        assertThat(outcome.insideTheWork().clientNames()).isNotEmpty()
                .anyMatch(name -> name.contains(firms.markerA()))
                .noneMatch(name -> name.contains(firms.markerB()));
        assertThat(outcome.firmAfterwards()).contains(firms.b.id());
        assertThat(outcome.userAfterwards()).isSameAs(workerB);
    }

    @Test
    @DisplayName("TC-09 work pushed to a screen whose session holds no signed-in user runs without any firm")
    void aScreenWithoutASignedInUserGetsNoFirm() {
        TwoFirms firms = TwoFirms.of(context);
        SharedContextSecurity.signIn(context, SignedInForTest.fullySignedIn(firms.accountantA, "scherm-a@example.nl",
                Role.ACCOUNTANT, firms.a.id()));
        navigate("", Component.class);
        VaadinSession session = UI.getCurrent().getSession();
        session.getSession().removeAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository
                        .SPRING_SECURITY_CONTEXT_KEY);
        Optional<?>[] seen = new Optional<?>[1];
        try (TenantContext.Scope ignored = TenantContext.enter(firms.b.id())) {
            OwnContextAccess.runAsOwner(session, () -> seen[0] = TenantContext.current());
            assertThat(TenantContext.current()).contains(firms.b.id());
        }
        assertThat(seen[0]).isEmpty();
    }
}
