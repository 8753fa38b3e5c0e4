package eu.ondernemerscheck.adapter.persistence.leads;

import eu.ondernemerscheck.application.selfcheck.port.out.LoadLeadsPort;
import eu.ondernemerscheck.application.selfcheck.port.out.SaveLeadPort;
import eu.ondernemerscheck.domain.leads.Lead;
import eu.ondernemerscheck.domain.leads.LeadAnswer;
import eu.ondernemerscheck.domain.leads.LeadFigure;
import eu.ondernemerscheck.domain.rules.Country;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Leads in the schema of the firm in the tenant context. */
@Component
class LeadPersistenceAdapter implements SaveLeadPort, LoadLeadsPort {

    private final LeadRepository repository;

    LeadPersistenceAdapter(LeadRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional
    public Lead saveNew(Lead lead) {
        LeadEntity saved = repository.saveAndFlush(new LeadEntity(lead.receivedAt(), lead.name(), lead.email(),
                lead.phone(), lead.message(), lead.country().name(), lead.year(), lead.consentText(),
                lead.answers().stream().map(a -> new LeadAnswerRow(a.scheme(), a.input(), a.value())).toList(),
                lead.figures().stream().map(f -> new LeadFigureRow(f.scheme(), f.title(), f.label(), f.value(),
                        f.rateStatus(), f.rateVersion())).toList()));
        return lead(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Lead> loadLeads(int limit) {
        return repository.findAllByOrderByReceivedAtDescIdDesc(Limit.of(limit)).stream()
                .map(LeadPersistenceAdapter::lead).toList();
    }

    private static Lead lead(LeadEntity e) {
        return new Lead(e.id(), e.receivedAt(), e.name(), e.email(), e.phone(), e.message(),
                Country.valueOf(e.country()), e.checkYear(), e.consentText(),
                e.answers().stream().map(a -> new LeadAnswer(a.scheme(), a.input(), a.value())).toList(),
                e.figures().stream().map(f -> new LeadFigure(f.scheme(), f.title(), f.label(), f.value(),
                        f.rateStatus(), f.rateVersion())).toList());
    }
}
