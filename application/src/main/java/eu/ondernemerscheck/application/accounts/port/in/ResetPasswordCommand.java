package eu.ondernemerscheck.application.accounts.port.in;

/** The new password chosen through a reset link, with the link's token and the network address it came from. */
public record ResetPasswordCommand(String token, String newPassword, String address) {

    public ResetPasswordCommand {
        token = token == null ? "" : token;
        newPassword = newPassword == null ? "" : newPassword;
        address = address == null || address.isBlank() ? "unknown" : address;
        address = address.length() > 64 ? address.substring(0, 64) : address;
    }

    /** Without the token and the password. */
    @Override
    public String toString() {
        return "ResetPasswordCommand[address=" + address + "]";
    }
}
