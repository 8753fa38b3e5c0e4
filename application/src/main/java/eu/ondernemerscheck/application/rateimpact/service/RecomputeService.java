package eu.ondernemerscheck.application.rateimpact.service;

import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import eu.ondernemerscheck.application.rateimpact.port.in.FirmRecomputeUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeProgress;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeResultsUseCase;
import eu.ondernemerscheck.application.rates.port.out.RecomputeQueuePort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Takes the next waiting firm that no other worker holds and recomputes it in that firm's own schema. */
@Service
class RecomputeService implements RecomputeResultsUseCase {

    private static final System.Logger LOG = System.getLogger(RecomputeService.class.getName());

    private final RecomputeQueuePort queue;
    private final FirmRegistryPort firms;
    private final FirmRecomputeUseCase perFirm;

    RecomputeService(RecomputeQueuePort queue, FirmRegistryPort firms, FirmRecomputeUseCase perFirm) {
        this.queue = queue;
        this.firms = firms;
        this.perFirm = perFirm;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public RecomputeProgress recomputeNext() {
        List<FirmId> waiting = queue.waitingFirms();
        if (!waiting.isEmpty()) {
            Map<FirmId, Firm> byId = firms.all().stream().collect(Collectors.toMap(Firm::id, Function.identity()));
            for (FirmId id : waiting) {
                Firm firm = byId.get(id);
                if (firm == null) {
                    continue;
                }
                OptionalInt done;
                try (TenantContext.Scope ignored = TenantContext.enter(id)) {
                    done = perFirm.recompute(firm);
                } catch (RuntimeException e) {
                    // the firm's transaction rolled back: its results are all still the old ones
                    LOG.log(System.Logger.Level.ERROR, "recompute of firm " + id.value() + " failed", e);
                    queue.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
                    continue;
                }
                if (done.isPresent()) {
                    break;
                }
            }
        }
        return progress();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public RecomputeProgress progress() {
        RecomputeQueuePort.Progress p = queue.progress();
        return new RecomputeProgress(p.firms(), p.waiting(), p.failed());
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public RecomputeProgress retryFailed() {
        queue.retryFailed();
        return progress();
    }
}
