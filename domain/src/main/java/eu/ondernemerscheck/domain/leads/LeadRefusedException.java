package eu.ondernemerscheck.domain.leads;

/**
 * A lead that is not taken: the check link names no firm, or too many requests came from one address. The message is
 * plain Dutch for the visitor.
 */
public class LeadRefusedException extends RuntimeException {
    public LeadRefusedException(String message) {
        super(message, null, false, false);
    }
}
