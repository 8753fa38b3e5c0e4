package eu.ondernemerscheck.application.invitations.port.in;

import java.util.Optional;

/**
 * The invitee's side: look at an invitation, then accept it by choosing a password. An unknown, expired or used link
 * gets the same answer.
 */
public interface AcceptInvitationUseCase {

    /** The same wording for every link that cannot be used, whatever the reason. */
    String LINK_NOT_VALID = "Deze link is niet (meer) geldig. Vraag wie u uitnodigde om een nieuwe uitnodiging.";

    /** The invitation behind a link, or empty when the link cannot be used. */
    Optional<InvitationPreview> open(String token, String address);

    /**
     * Creates the account with the role and firm of the invitation and uses the invitation up.
     *
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException on field {@code token} with
     *                                                                  {@link #LINK_NOT_VALID}, or on the password
     */
    void accept(AcceptInvitationCommand command);
}
