package eu.ondernemerscheck.application.selfcheck.port.out;

import eu.ondernemerscheck.domain.leads.Lead;

/** Stores a new lead in the schema of the firm in the tenant context. */
public interface SaveLeadPort {
    Lead saveNew(Lead lead);
}
