package eu.ondernemerscheck.application.accounts.port.in;

/**
 * A secret for an authenticator app: as Base32 text to type, and as the otpauth:// address apps read from a QR code.
 */
public record NewAuthenticatorSecret(String base32, String otpauthUri) {

    /** The secret in groups of four, easier to type and check. */
    public String grouped() {
        return base32.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "NewAuthenticatorSecret[hidden]";
    }
}
