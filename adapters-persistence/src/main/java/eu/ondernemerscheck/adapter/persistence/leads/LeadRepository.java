package eu.ondernemerscheck.adapter.persistence.leads;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface LeadRepository extends JpaRepository<LeadEntity, Long> {
    List<LeadEntity> findAllByOrderByReceivedAtDescIdDesc(Limit limit);
}
