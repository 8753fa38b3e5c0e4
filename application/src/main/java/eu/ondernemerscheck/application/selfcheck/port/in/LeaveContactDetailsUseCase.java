package eu.ondernemerscheck.application.selfcheck.port.in;

import eu.ondernemerscheck.domain.leads.Lead;

/**
 * A visitor of a firm's quick check asks to be contacted: the lead, with the answers and the figures recomputed on
 * the server, is stored in that firm's own schema.
 */
public interface LeaveContactDetailsUseCase {

    /**
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException naming every invalid answer
     * @throws eu.ondernemerscheck.domain.leads.LeadRefusedException for an unknown firm or too many leads from one
     *                                                               address
     */
    Lead leaveContactDetails(LeaveContactDetailsCommand command);
}
