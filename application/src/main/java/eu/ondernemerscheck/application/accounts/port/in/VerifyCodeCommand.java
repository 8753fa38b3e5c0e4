package eu.ondernemerscheck.application.accounts.port.in;

import eu.ondernemerscheck.domain.shared.FirmId;

/** A code typed by the signed-in account: six digits from the app, or one of its recovery codes. */
public record VerifyCodeCommand(long accountId, String email, FirmId firm, String code, String address) {

    public VerifyCodeCommand {
        email = email == null ? "" : email;
        code = code == null ? "" : code;
        address = address == null || address.isBlank() ? "unknown" : address;
        address = address.length() > 64 ? address.substring(0, 64) : address;
    }

    @Override
    public String toString() {
        return "VerifyCodeCommand[accountId=" + accountId + "]";
    }
}
