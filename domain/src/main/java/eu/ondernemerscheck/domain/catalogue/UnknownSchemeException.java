package eu.ondernemerscheck.domain.catalogue;

/** The caller named a scheme the catalogue does not have. */
public class UnknownSchemeException extends RuntimeException {
    public UnknownSchemeException(String scheme) {
        super("Onbekende regeling: " + scheme, null, false, false);
    }
}
