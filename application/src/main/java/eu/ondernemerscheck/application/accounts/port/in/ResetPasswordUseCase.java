package eu.ondernemerscheck.application.accounts.port.in;

/**
 * A forgotten password: a single-use link by e-mail, valid for one hour, then a new password. Whether an account
 * exists for the address is never told: every request gets the same answer.
 */
public interface ResetPasswordUseCase {

    /** The same wording for every link that cannot be used, whatever the reason. */
    String LINK_NOT_VALID = "Deze link is niet (meer) geldig. Vraag op de inlogpagina een nieuwe link aan.";

    /** Sends a link when an active account has this address; otherwise does nothing, visibly the same. */
    void requestReset(RequestPasswordResetCommand command);

    /** Whether a link can still be used; a link that cannot counts as a failed attempt of its network address. */
    boolean linkUsable(String token, String address);

    /**
     * Sets the new password and uses the link up.
     *
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException on field {@code token} with
     *                                                                  {@link #LINK_NOT_VALID}, or on
     *                                                                  {@code newPassword}
     */
    void resetPassword(ResetPasswordCommand command);
}
