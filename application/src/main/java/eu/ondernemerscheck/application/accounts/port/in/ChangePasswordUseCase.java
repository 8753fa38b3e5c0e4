package eu.ondernemerscheck.application.accounts.port.in;

/**
 * The signed-in user replaces their own password after proving they know the current one; every other session of the
 * account ends (ASVS 7.4.3).
 */
public interface ChangePasswordUseCase {

    /**
     * @return the moment from which the account's sessions count: a session signed in before it ends at its next
     *         request, so the session that made the change must be marked as signed in at this moment to go on
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException on {@code currentPassword},
     *                                                                  {@code newPassword} or {@code repeatedPassword}
     */
    java.time.Instant changePassword(ChangePasswordCommand command);
}
