package eu.ondernemerscheck.application.accounts;

import eu.ondernemerscheck.application.accounts.port.in.LoginAccount;
import eu.ondernemerscheck.application.accounts.port.out.StoredAccount;
import eu.ondernemerscheck.domain.shared.Role;

import java.util.Locale;
import java.util.regex.Pattern;

/** How e-mail addresses are compared, and what the sign-in may know of a stored account. */
public final class Accounts {

    private static final Pattern PLAUSIBLE_EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}");

    private Accounts() {
    }

    /** E-mail addresses are compared without surrounding spaces and case (the password never is). */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isPlausibleEmail(String normalised) {
        return normalised.length() <= 254 && PLAUSIBLE_EMAIL.matcher(normalised).matches();
    }

    public static LoginAccount loginAccount(StoredAccount a) {
        return loginAccount(a, false);
    }

    /**
     * Administrators and accountants must have a second factor (ASVS 6.3.3): set up at their first sign-in, asked at
     * every later one. A client is asked only after choosing one.
     */
    public static LoginAccount loginAccount(StoredAccount a, boolean secondFactorEnrolled) {
        LoginAccount.SecondFactor factor = secondFactorEnrolled ? LoginAccount.SecondFactor.VERIFY
                : a.role() == Role.CLIENT ? LoginAccount.SecondFactor.NONE : LoginAccount.SecondFactor.ENROL;
        return new LoginAccount(a.id(), a.email(), a.displayName(), a.role(), a.firm(), factor);
    }
}
