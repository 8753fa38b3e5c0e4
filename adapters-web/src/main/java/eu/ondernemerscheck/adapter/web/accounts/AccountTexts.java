package eu.ondernemerscheck.adapter.web.accounts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the account screens from their message bundle: Dutch (nl-NL) as the base, with French and English to
 * be added beside it; a missing key falls back to Dutch, never to the server's default language.
 */
public final class AccountTexts {

    static final String BUNDLE = "eu.ondernemerscheck.adapter.web.accounts.messages";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private AccountTexts() {
    }

    /** The Dutch text of a key, with its placeholders filled in. */
    public static String text(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.of("nl", "NL"), NO_FALLBACK).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.of("nl", "NL")).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
