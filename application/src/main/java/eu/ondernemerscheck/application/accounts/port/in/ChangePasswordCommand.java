package eu.ondernemerscheck.application.accounts.port.in;

import eu.ondernemerscheck.domain.shared.InvalidInputException;

/**
 * A signed-in user changes their password: the current one, the new one and its repetition, all exactly as typed,
 * and the network address (for throttling wrong current passwords like failed sign-ins).
 */
public record ChangePasswordCommand(String currentPassword, String newPassword, String repeatedPassword,
                                    String address) {

    public ChangePasswordCommand {
        currentPassword = currentPassword == null ? "" : currentPassword;
        newPassword = newPassword == null ? "" : newPassword;
        repeatedPassword = repeatedPassword == null ? "" : repeatedPassword;
        address = address == null || address.isBlank() ? "unknown" : address;
        if (!newPassword.equals(repeatedPassword)) {
            throw new InvalidInputException("repeatedPassword", "De twee nieuwe wachtwoorden zijn niet gelijk.");
        }
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[address=" + address + "]";
    }
}
