package eu.ondernemerscheck.support;

import eu.ondernemerscheck.domain.accounts.Base32;
import eu.ondernemerscheck.domain.accounts.Totp;

import java.time.Instant;

/** What an authenticator app does with a secret it was given: the code of a time step. */
public final class TotpCodes {

    private TotpCodes() {
    }

    public static long currentStep() {
        return Totp.step(Instant.now());
    }

    /** The code of a step, from the Base32 secret as shown on screen (groups and spaces allowed). */
    public static String code(String shownSecret, long step) {
        return Totp.code(Base32.decode(shownSecret), step, Totp.DIGITS);
    }
}
