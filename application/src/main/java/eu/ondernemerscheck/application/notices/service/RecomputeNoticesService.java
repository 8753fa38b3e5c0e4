package eu.ondernemerscheck.application.notices.service;

import eu.ondernemerscheck.application.audit.CurrentActor;
import eu.ondernemerscheck.application.notices.port.in.RecomputeNoticesUseCase;
import eu.ondernemerscheck.application.notices.port.out.RecomputeNoticesPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.RecomputeNotice;
import eu.ondernemerscheck.domain.shared.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** An accountant's notices, read in the firm of the tenant context; read marks are kept per accountant. */
@Service
@PreAuthorize("hasRole('ACCOUNTANT')")
class RecomputeNoticesService implements RecomputeNoticesUseCase {

    /** More than a screen's worth is never needed: older notices describe results recomputed since. */
    private static final int MAX = 100;

    private final RecomputeNoticesPort notices;
    private final Clock clock;

    RecomputeNoticesService(RecomputeNoticesPort notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecomputeNotice> notices(int limit) {
        TenantContext.require();
        return notices.latest(accountant(), Math.clamp(limit, 0, MAX));
    }

    @Override
    @Transactional(readOnly = true)
    public int unread() {
        TenantContext.require();
        return notices.unread(accountant());
    }

    @Override
    @Transactional
    public void markAllRead() {
        TenantContext.require();
        notices.markAllRead(accountant(), clock.instant());
    }

    private static long accountant() {
        return CurrentActor.get().map(Actor::accountId)
                .orElseThrow(() -> new AccessDeniedException("notices are read by a signed-in accountant"));
    }
}
