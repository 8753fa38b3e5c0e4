package eu.ondernemerscheck.application.invitations.port.out;

import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;

import java.time.Instant;

/** An invitation to store: the token's SHA-256 (hex) only, never the token. */
public record NewInvitation(String tokenHash, FirmId firm, String email, Role role, Long clientId, Long invitedBy,
                            Instant createdAt, Instant expiresAt) {
}
