package eu.ondernemerscheck.application.proposals.port.in;

import java.util.List;

/**
 * The accountant's review of the proposals of their own firm's clients. Every decision is audited; accepted values
 * become the client's facts (a new facts version, recomputed).
 */
public interface ReviewProposalsUseCase {

    /** Submitted proposals waiting for a decision, oldest first. */
    List<ProposalSummary> openProposals();

    /** Every version of every proposal of one client, newest first. */
    List<ProposalSummary> proposalsOf(long clientId);

    /** @throws eu.ondernemerscheck.domain.proposals.ProposalRefusedException when the firm has no such proposal */
    ProposalReview review(long proposalId);

    /**
     * @throws eu.ondernemerscheck.domain.proposals.ProposalRefusedException when it is not waiting for a decision
     * @throws eu.ondernemerscheck.domain.shared.ChangedMeanwhileException when the proposal or facts changed
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException when the accepted values do not fit the facts
     */
    ProposalSummary accept(AcceptProposalCommand command);

    ProposalSummary requestChanges(DecideProposalCommand command);

    ProposalSummary reject(DecideProposalCommand command);
}
