package eu.ondernemerscheck.application.clients.service;

import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.application.clients.port.in.ListClientsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.clients.port.out.SaveClientPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The portfolio of the signed-in accountant's firm. */
@Service
class ClientService implements ListClientsUseCase, RegisterClientUseCase {

    private final LoadClientsPort load;
    private final SaveClientPort save;

    ClientService(LoadClientsPort load, SaveClientPort save) {
        this.load = load;
        this.save = save;
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public List<Client> listClients() {
        TenantContext.require();
        return load.loadClients();
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional
    public Client register(RegisterClientCommand command) {
        TenantContext.require();
        return save.saveNew(command.name(), command.country(), command.legalForm());
    }
}
