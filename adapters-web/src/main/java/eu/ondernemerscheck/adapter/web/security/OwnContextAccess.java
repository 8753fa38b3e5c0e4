package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * Work pushed to a screen from another thread ({@link UI#access}), run as the user of that screen (TC-09): the firm
 * and the signed-in user are taken from the screen's own session when the work runs, never from the thread that
 * pushed it, which may be a worker that was just busy for another firm. Whatever the running thread held before is
 * put back afterwards, so nothing of this screen's firm stays behind on a pooled thread. A session without a
 * signed-in user runs the work without any firm.
 */
public final class OwnContextAccess {

    private OwnContextAccess() {
    }

    public static Future<Void> access(UI ui, Command work) {
        return ui.access(() -> runAsOwner(ui.getSession(), work));
    }

    static void runAsOwner(VaadinSession session, Command work) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previousSecurity = threadsOwn(holder);
        Optional<FirmId> previousFirm = TenantContext.current();
        SecurityContext own = ownerOf(session).orElseGet(holder::createEmptyContext);
        Optional<FirmId> firm = own.getAuthentication() != null
                && own.getAuthentication().getPrincipal() instanceof SignedInUser user ? user.firm() : Optional.empty();
        holder.setContext(own);
        TenantContext.clear();
        try {
            if (firm.isPresent()) {
                TenantContext.callFor(firm.get(), () -> {
                    work.execute();
                    return null;
                });
            } else {
                work.execute();
            }
        } finally {
            TenantContext.clear();
            previousFirm.ifPresent(TenantContext::enter);
            if (previousSecurity.getAuthentication() == null) {
                holder.clearContext();
            } else {
                holder.setContext(previousSecurity);
            }
        }
    }

    /**
     * The security context the running thread itself holds. Vaadin's holder strategy answers with the context of the
     * current Vaadin session while one is current (as it is inside UI.access), so that is hidden for the question.
     */
    private static SecurityContext threadsOwn(SecurityContextHolderStrategy holder) {
        Map<Class<?>, CurrentInstance> current = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            return holder.getContext();
        } finally {
            CurrentInstance.restoreInstances(current);
        }
    }

    private static Optional<SecurityContext> ownerOf(VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        Object stored = wrapped == null ? null
                : wrapped.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return stored instanceof SecurityContext context ? Optional.of(context) : Optional.empty();
    }
}
