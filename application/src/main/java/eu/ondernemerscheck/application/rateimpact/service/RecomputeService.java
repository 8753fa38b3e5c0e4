package eu.ondernemerscheck.application.rateimpact.service;

import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import eu.ondernemerscheck.application.rateimpact.port.in.FirmRecomputeUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeProgress;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeRehearsal;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeResultsUseCase;
import eu.ondernemerscheck.application.rates.port.out.RecomputeQueuePort;
import eu.ondernemerscheck.application.rates.port.out.RecomputeTriggerPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes each waiting firm that no other worker holds and recomputes it in that firm's own schema, with that firm (and
 * nothing else) in the tenant context for the duration.
 */
@Service
class RecomputeService implements RecomputeResultsUseCase {

    private static final System.Logger LOG = System.getLogger(RecomputeService.class.getName());

    private final RecomputeQueuePort queue;
    private final FirmRegistryPort firms;
    private final FirmRecomputeUseCase perFirm;
    private final RecomputeTriggerPort trigger;

    RecomputeService(RecomputeQueuePort queue, FirmRegistryPort firms, FirmRecomputeUseCase perFirm,
                     RecomputeTriggerPort trigger) {
        this.queue = queue;
        this.firms = firms;
        this.perFirm = perFirm;
        this.trigger = trigger;
    }

    @Override
    // only the background job runs it, under the system role no person holds (access-matrix.tsv)
    @PreAuthorize("hasRole('SYSTEM')")
    public RecomputeProgress recomputeWaitingFirms() {
        boolean moved = true;
        while (moved) {
            List<FirmId> waiting = queue.waitingFirms();
            if (waiting.isEmpty()) {
                break;
            }
            moved = false;
            Map<FirmId, Firm> byId = firms.all().stream().collect(Collectors.toMap(Firm::id, Function.identity()));
            for (FirmId id : waiting) {
                Firm firm = byId.get(id);
                if (firm != null && recomputeOne(firm)) {
                    moved = true;
                }
            }
            // a pass that moved nothing found every waiting firm held by another node: that node finishes them
        }
        return progress();
    }

    /** @return whether the firm left the waiting list (recomputed or set aside) */
    private boolean recomputeOne(Firm firm) {
        try {
            return TenantContext.callFor(firm.id(), () -> perFirm.recompute(firm)).isPresent();
        } catch (RuntimeException e) {
            // the firm's transaction rolled back: its results are all still the old ones
            LOG.log(System.Logger.Level.ERROR, "recompute of firm " + firm.id().value() + " failed", e);
            queue.failed(firm.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
            return true;
        }
    }

    @Override
    // the system role reads it too: the job's sweep looks whether firms still wait
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public RecomputeProgress progress() {
        RecomputeQueuePort.Progress p = queue.progress();
        return new RecomputeProgress(p.firms(), p.waiting(), p.failed());
    }

    @Override
    @PreAuthorize("hasRole('SYSTEM')")
    public RecomputeRehearsal rehearse(int clientYears) {
        int firmsSeen = 0;
        int computed = 0;
        for (Firm firm : firms.all()) {
            if (computed >= clientYears || Thread.currentThread().isInterrupted()) {
                break;
            }
            int left = clientYears - computed;
            computed += TenantContext.callFor(firm.id(), () -> perFirm.rehearse(firm, left));
            firmsSeen++;
        }
        return new RecomputeRehearsal(firmsSeen, computed);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public RecomputeProgress retryFailed() {
        queue.retryFailed();
        trigger.recomputeSoon();
        return progress();
    }
}
