package eu.ondernemerscheck.application.audit.port.in;

/**
 * Records a security event noticed by an adapter, such as a refused navigation, for the signed-in user (or for an
 * anonymous visitor).
 */
public interface RecordSecurityEventUseCase {

    void accessDenied(String what);
}
