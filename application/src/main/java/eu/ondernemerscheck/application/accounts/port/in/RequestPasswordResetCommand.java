package eu.ondernemerscheck.application.accounts.port.in;

/**
 * Someone asks for a password-reset link for an e-mail address, from a network address; the link starts with the
 * application's public address.
 */
public record RequestPasswordResetCommand(String email, String linkBase, String address) {

    public RequestPasswordResetCommand {
        email = email == null ? "" : email.strip();
        linkBase = linkBase == null ? "" : linkBase.strip();
        address = address == null || address.isBlank() ? "unknown" : address;
        address = address.length() > 64 ? address.substring(0, 64) : address;
    }

    /** Without the e-mail address, which may not belong to anyone. */
    @Override
    public String toString() {
        return "RequestPasswordResetCommand[address=" + address + "]";
    }
}
