package eu.ondernemerscheck.application.clients.service;

import eu.ondernemerscheck.application.clients.port.in.FirmSignalsRefreshUseCase;
import eu.ondernemerscheck.application.clients.port.in.RefreshDeadlineSignalsUseCase;
import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.shared.Firm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.LocalDate;

/**
 * Refreshes the stored signals of every firm for a day, each firm in its own schema and transaction, with that firm
 * alone in the tenant context. A firm that fails keeps yesterday's signals and does not stop the others.
 */
@Service
class DeadlineSignalsService implements RefreshDeadlineSignalsUseCase {

    private static final System.Logger LOG = System.getLogger(DeadlineSignalsService.class.getName());

    private final FirmRegistryPort firms;
    private final FirmSignalsRefreshUseCase perFirm;

    DeadlineSignalsService(FirmRegistryPort firms, FirmSignalsRefreshUseCase perFirm) {
        this.firms = firms;
        this.perFirm = perFirm;
    }

    @Override
    // only the nightly job runs it, under the system role no person holds (access-matrix.tsv)
    @PreAuthorize("hasRole('SYSTEM')")
    public int refreshSignals(LocalDate today) {
        int reviewed = 0;
        for (Firm firm : firms.all()) {
            try {
                reviewed += TenantContext.callFor(firm.id(), () -> perFirm.refreshSignals(firm, today));
            } catch (FirmSignalsRefreshService.RatesPublishedMeanwhileException e) {
                LOG.log(System.Logger.Level.INFO, e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "signal refresh of firm " + firm.id().value() + " failed", e);
            }
        }
        return reviewed;
    }
}
