package eu.ondernemerscheck.application.accounts.port.in;

/** The signed-in user replaces their own password after proving they know the current one. */
public interface ChangePasswordUseCase {

    /**
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException on {@code currentPassword},
     *                                                                  {@code newPassword} or {@code repeatedPassword}
     */
    void changePassword(ChangePasswordCommand command);
}
