package eu.ondernemerscheck.application.invitations.port.in;

/** An accountant invites a client into their own firm by e-mail; the firm is the accountant's, never chosen. */
public interface InviteClientUseCase {
    SentInvitation inviteClient(InviteClientCommand command);
}
