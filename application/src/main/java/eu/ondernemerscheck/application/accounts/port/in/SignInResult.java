package eu.ondernemerscheck.application.accounts.port.in;

import java.time.Instant;

/**
 * The answer to a sign-in attempt. A wrong password, an unknown address and a disabled account all give
 * {@link Outcome#REFUSED}, so the answer tells nobody which addresses have an account.
 */
public record SignInResult(Outcome outcome, LoginAccount account, Instant retryAfter) {

    public enum Outcome { SIGNED_IN, REFUSED, THROTTLED, BUSY }

    public static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, null);
    }
}
