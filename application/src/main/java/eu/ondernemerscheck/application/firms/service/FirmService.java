package eu.ondernemerscheck.application.firms.service;

import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.application.firms.port.in.ListFirmsUseCase;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;

/** Creates and lists firms. */
@Service
class FirmService implements ProvisionFirmUseCase, ListFirmsUseCase {

    private final FirmRegistryPort registry;

    FirmService(FirmRegistryPort registry) {
        this.registry = registry;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public Firm provision(ProvisionFirmCommand command) {
        return registry.provision(command.name());
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public List<Firm> listFirms() {
        return registry.all();
    }
}
