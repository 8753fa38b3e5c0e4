package eu.ondernemerscheck.application.accounts.port.in;

/**
 * The second factor: a time-based one-time code from an authenticator app (RFC 6238), required for administrators
 * and accountants and open to clients who choose it, with single-use recovery codes for a lost phone. Only the
 * signed-in account itself can enrol or verify (the password has been verified in this session already).
 */
public interface SecondFactorUseCase {

    boolean enrolled(long accountId);

    /** A fresh secret for the authenticator app; nothing is stored until a code made from it is confirmed. */
    NewAuthenticatorSecret newSecret(String accountEmail);

    /**
     * Stores the secret once a code made from it is right, and hands out the recovery codes, once. Refused when the
     * account has a second factor already (a session with only a password must not replace it).
     */
    EnrolmentResult confirmEnrolment(ConfirmEnrolmentCommand command);

    /** Checks a code from the app or a recovery code; each is accepted once. Wrong codes are throttled. */
    VerificationResult verify(VerifyCodeCommand command);
}
