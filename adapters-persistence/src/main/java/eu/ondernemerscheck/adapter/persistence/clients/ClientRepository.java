package eu.ondernemerscheck.adapter.persistence.clients;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClientRepository extends JpaRepository<ClientEntity, Long> {
}
