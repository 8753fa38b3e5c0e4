package eu.ondernemerscheck.application.invitations.port.in;

import eu.ondernemerscheck.domain.shared.InvalidInputException;

/**
 * Accept an invitation: the token from the link, the invitee's name and chosen password (as typed), and the network
 * address it came from (for throttling). Role and firm are never part of it: they come from the invitation.
 */
public record AcceptInvitationCommand(String token, String displayName, String password, String address) {

    public AcceptInvitationCommand {
        token = token == null ? "" : token.strip();
        displayName = displayName == null ? "" : displayName.strip();
        password = password == null ? "" : password;
        address = address == null || address.isBlank() ? "unknown" : address;
        if (displayName.isEmpty() || displayName.length() > 120
                || displayName.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("displayName", "Geef uw naam (1 tot 120 tekens).");
        }
    }

    @Override
    public String toString() {
        return "AcceptInvitationCommand[address=" + address + "]";
    }
}
