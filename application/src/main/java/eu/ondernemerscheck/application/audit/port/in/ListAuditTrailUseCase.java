package eu.ondernemerscheck.application.audit.port.in;

import java.util.List;

/** The latest entries of the audit trail, for the administrator. */
public interface ListAuditTrailUseCase {

    List<AuditEntry> latest(int limit);
}
