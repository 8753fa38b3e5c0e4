package eu.ondernemerscheck.domain.proposals;

/**
 * The signed-in account is not linked to a client of its firm (a client account made without an invitation), so it
 * has no check of its own; said the same way whatever the reason, so nothing about other clients leaks.
 */
public class NotLinkedToClientException extends RuntimeException {

    public NotLinkedToClientException() {
        super("the signed-in account is not linked to a client", null, false, false);
    }
}
