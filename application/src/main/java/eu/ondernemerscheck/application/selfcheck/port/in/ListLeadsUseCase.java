package eu.ondernemerscheck.application.selfcheck.port.in;

import eu.ondernemerscheck.domain.leads.Lead;

import java.util.List;

/** The leads of the signed-in accountant's own firm, newest first; never another firm's. */
public interface ListLeadsUseCase {
    List<Lead> listLeads();
}
