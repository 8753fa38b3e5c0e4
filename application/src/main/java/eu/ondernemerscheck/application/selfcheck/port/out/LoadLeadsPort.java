package eu.ondernemerscheck.application.selfcheck.port.out;

import eu.ondernemerscheck.domain.leads.Lead;

import java.util.List;

/** Reads the leads of the firm in the tenant context, newest first, at most {@code limit}. */
public interface LoadLeadsPort {
    List<Lead> loadLeads(int limit);
}
