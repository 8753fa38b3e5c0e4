package eu.ondernemerscheck.domain.proposals;

/** A step in the life of a proposal that its status does not allow; the message says why in plain Dutch. */
public class ProposalRefusedException extends RuntimeException {

    public ProposalRefusedException(String message) {
        super(message, null, false, false);
    }
}
