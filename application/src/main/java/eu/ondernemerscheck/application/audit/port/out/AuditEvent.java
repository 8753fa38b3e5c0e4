package eu.ondernemerscheck.application.audit.port.out;

import eu.ondernemerscheck.domain.shared.FirmId;

import java.time.Instant;

/**
 * One entry of the audit trail. {@code before} and {@code after} are JSON documents or null; they never hold
 * passwords, tokens or tax amounts in clear.
 */
public record AuditEvent(Instant at, Long actorId, String actor, FirmId firm, String action, String subject,
                         String before, String after) {
}
