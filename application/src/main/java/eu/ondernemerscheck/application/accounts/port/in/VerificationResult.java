package eu.ondernemerscheck.application.accounts.port.in;

/** The answer to a typed code; after a recovery code, how many are left. */
public record VerificationResult(Outcome outcome, int recoveryCodesLeft) {

    public enum Outcome { VERIFIED, RECOVERY_CODE_USED, WRONG_CODE, THROTTLED, BUSY }

    public boolean verified() {
        return outcome == Outcome.VERIFIED || outcome == Outcome.RECOVERY_CODE_USED;
    }
}
