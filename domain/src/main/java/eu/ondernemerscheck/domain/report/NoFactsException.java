package eu.ondernemerscheck.domain.report;

/** There is nothing to report: no facts were saved for that client and year (or the account has no client record). */
public class NoFactsException extends RuntimeException {

    public NoFactsException(int year) {
        super("no facts for " + year, null, false, false);
    }
}
