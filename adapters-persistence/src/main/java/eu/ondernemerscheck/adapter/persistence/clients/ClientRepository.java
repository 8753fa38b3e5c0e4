package eu.ondernemerscheck.adapter.persistence.clients;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ClientRepository extends JpaRepository<ClientEntity, Long> {
    List<ClientEntity> findAllByOrderByNameAsc();
}
