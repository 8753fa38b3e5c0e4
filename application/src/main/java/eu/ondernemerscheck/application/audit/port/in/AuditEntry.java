package eu.ondernemerscheck.application.audit.port.in;

import java.time.Instant;

/** One audit entry as the administrator sees it. */
public record AuditEntry(Instant at, String actor, Long firmId, String action, String subject, String before,
                         String after) {
}
