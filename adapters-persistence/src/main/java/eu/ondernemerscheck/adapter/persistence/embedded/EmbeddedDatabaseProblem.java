package eu.ondernemerscheck.adapter.persistence.embedded;

/** The embedded database cannot start; the message says why and what to do, in one sentence for the operator. */
public class EmbeddedDatabaseProblem extends RuntimeException {
    EmbeddedDatabaseProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
