package eu.ondernemerscheck.domain.portfolio;

/** The firm has no client with that id; said the same way whether the id exists in another firm or nowhere. */
public class UnknownClientException extends RuntimeException {

    public UnknownClientException(long clientId) {
        super("no client " + clientId + " in this firm", null, false, false);
    }
}
