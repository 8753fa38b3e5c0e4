package eu.ondernemerscheck.adapter.persistence.clients;

import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.clients.port.out.SaveClientPort;
import eu.ondernemerscheck.domain.rules.Country;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Clients in the schema of the firm in the tenant context. */
@Component
class ClientPersistenceAdapter implements LoadClientsPort, SaveClientPort {

    private final ClientRepository repository;

    ClientPersistenceAdapter(ClientRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Client> loadClients() {
        return repository.findAllByOrderByNameAsc().stream().map(ClientPersistenceAdapter::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Client> loadClient(long id) {
        return repository.findById(id).map(ClientPersistenceAdapter::summary);
    }

    @Override
    @Transactional
    public Client saveNew(String name, Country country, String legalForm) {
        ClientEntity saved = repository.saveAndFlush(new ClientEntity(name, country.name(), legalForm));
        return summary(saved);
    }

    private static Client summary(ClientEntity e) {
        return new Client(e.id(), e.name(), Country.valueOf(e.country()), e.legalForm(), e.version());
    }
}
