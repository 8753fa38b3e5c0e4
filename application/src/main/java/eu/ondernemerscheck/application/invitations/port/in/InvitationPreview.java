package eu.ondernemerscheck.application.invitations.port.in;

import eu.ondernemerscheck.domain.shared.Role;

/** What the invitee sees before choosing a password: their address, the role and the firm that invited them. */
public record InvitationPreview(String email, Role role, String firmName) {
}
