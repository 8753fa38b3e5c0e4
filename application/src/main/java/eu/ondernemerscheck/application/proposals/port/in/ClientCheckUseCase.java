package eu.ondernemerscheck.application.proposals.port.in;

import java.util.List;

/**
 * The signed-in client's own check, one year at a time. The client is the one linked to the signed-in account, never
 * one named by the caller; a client account without that link has no check.
 */
public interface ClientCheckUseCase {

    /** The years to choose from, newest first: this year, last year, and every year with facts or a proposal. */
    List<Integer> years();

    ClientCheck open(int year);

    /**
     * Saves one step into the draft; when the newest version is submitted or decided, a new version starts from it.
     *
     * @throws eu.ondernemerscheck.domain.shared.ChangedMeanwhileException when saved elsewhere since it was opened
     */
    ClientCheck saveStep(SaveStepCommand command);

    /**
     * @throws eu.ondernemerscheck.domain.proposals.IncompleteCheckException naming the first incomplete step
     * @throws eu.ondernemerscheck.domain.proposals.ProposalRefusedException when there is no draft to submit
     */
    ClientCheck submit(SubmitProposalCommand command);

    /** The figures of that year from the facts the accountant holds, each with its explanation. */
    List<ExplainedFigure> figures(int year);
}
