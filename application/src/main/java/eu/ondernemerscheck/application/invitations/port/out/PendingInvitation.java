package eu.ondernemerscheck.application.invitations.port.out;

import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;

import java.time.Instant;

/** A stored invitation that was still usable when it was read. */
public record PendingInvitation(long id, FirmId firm, String firmName, String email, Role role, Long clientId,
                                Instant expiresAt) {
}
