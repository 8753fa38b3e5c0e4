package eu.ondernemerscheck.application.accounts.port.in;

/**
 * A sign-in attempt: the e-mail address and password exactly as typed, and the network address it came from (for
 * throttling). The password is never trimmed, folded or cut.
 */
public record SignInCommand(String email, String password, String address) {

    public SignInCommand {
        email = email == null ? "" : email;
        password = password == null ? "" : password;
        address = address == null || address.isBlank() ? "unknown" : address;
    }

    @Override
    public String toString() {
        return "SignInCommand[email=" + email.replaceAll("[\\r\\n]", "_") + ", address=" + address + "]";
    }
}
