package eu.ondernemerscheck.application.audit.port.out;

import java.util.List;

/** Appends to the audit trail and reads it back; entries are never changed or removed. */
public interface RecordAuditPort {

    void append(AuditEvent event);

    List<AuditEvent> latest(int limit);
}
