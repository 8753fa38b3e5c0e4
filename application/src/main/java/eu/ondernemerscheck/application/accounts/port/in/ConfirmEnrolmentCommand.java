package eu.ondernemerscheck.application.accounts.port.in;

import eu.ondernemerscheck.domain.shared.FirmId;

/** The signed-in account confirms the secret shown to it with a code its app made from it. */
public record ConfirmEnrolmentCommand(long accountId, String email, FirmId firm, String secret, String code,
                                      String address) {

    public ConfirmEnrolmentCommand {
        email = email == null ? "" : email;
        secret = secret == null ? "" : secret;
        code = code == null ? "" : code;
        address = address == null || address.isBlank() ? "unknown" : address;
        address = address.length() > 64 ? address.substring(0, 64) : address;
    }

    @Override
    public String toString() {
        return "ConfirmEnrolmentCommand[accountId=" + accountId + "]";
    }
}
