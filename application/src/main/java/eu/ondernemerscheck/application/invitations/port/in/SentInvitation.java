package eu.ondernemerscheck.application.invitations.port.in;

import eu.ondernemerscheck.domain.shared.Role;

import java.time.Instant;

/** An invitation just sent: to whom, for which role, valid until when. The link itself only travels in the e-mail. */
public record SentInvitation(String email, Role role, Instant expiresAt) {
}
