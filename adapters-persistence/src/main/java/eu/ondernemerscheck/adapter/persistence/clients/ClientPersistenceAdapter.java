package eu.ondernemerscheck.adapter.persistence.clients;

import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.clients.port.out.SaveClientPort;
import eu.ondernemerscheck.domain.rules.Country;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Clients in the schema of the firm in the tenant context. */
@Component
class ClientPersistenceAdapter implements LoadClientsPort, SaveClientPort {

    private final ClientRepository repository;

    @PersistenceContext
    private EntityManager em;

    ClientPersistenceAdapter(ClientRepository repository) {
        this.repository = repository;
    }

    /**
     * Plain SQL on the session's connection: the whole list as records, without an entity per client for the session
     * to keep and check at every flush (a recompute reads the list of every firm; issue 9).
     */
    @Override
    @Transactional(readOnly = true)
    public List<Client> loadClients() {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select id, name, country, legal_form, version from client order by name, id");
                 ResultSet rs = s.executeQuery()) {
                List<Client> clients = new ArrayList<>();
                while (rs.next()) {
                    clients.add(new Client(rs.getLong(1), rs.getString(2), Country.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getLong(5)));
                }
                return clients;
            }
        });
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
