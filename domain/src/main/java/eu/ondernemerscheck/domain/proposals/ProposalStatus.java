package eu.ondernemerscheck.domain.proposals;

/**
 * Where a proposal stands. A client edits only a DRAFT; the accountant decides only on a SUBMITTED one. A submitted
 * version that a newer submission of the same client and year replaces becomes SUPERSEDED, so only the newest
 * submission waits for a decision.
 */
public enum ProposalStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, ACCEPTED, REJECTED, SUPERSEDED;

    /** Waiting for the accountant. */
    public boolean open() {
        return this == SUBMITTED;
    }

    /** Decided or replaced: a new edit by the client starts a new version. */
    public boolean closed() {
        return this != DRAFT;
    }
}
