package eu.ondernemerscheck.application.invitations.port.in;

/** An administrator invites an accountant into a firm by e-mail. */
public interface InviteAccountantUseCase {
    SentInvitation inviteAccountant(InviteAccountantCommand command);
}
