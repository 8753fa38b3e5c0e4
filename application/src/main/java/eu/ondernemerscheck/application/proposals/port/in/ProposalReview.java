package eu.ondernemerscheck.application.proposals.port.in;

import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.proposals.Proposal;
import eu.ondernemerscheck.domain.proposals.ProposalComparison;

/**
 * A proposal beside the facts the firm holds for that client and year, field by field, with the effect of each change
 * and of all changes on every figure, and the rate version both sides were computed with.
 */
public record ProposalReview(Client client, Proposal proposal, YearFacts current,
                             ProposalComparison.Comparison comparison, String rateVersion) {
}
