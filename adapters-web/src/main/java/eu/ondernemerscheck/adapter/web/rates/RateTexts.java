package eu.ondernemerscheck.adapter.web.rates;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the rate screens from their message bundle: Dutch (nl-NL) as the base, French and English to be added
 * beside it; a missing key falls back to Dutch, never to the server's default language.
 */
final class RateTexts {

    private static final String BUNDLE = "eu.ondernemerscheck.adapter.web.rates.messages";
    static final Locale DUTCH = Locale.of("nl", "NL");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private RateTexts() {
    }

    static String text(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, DUTCH, NO_FALLBACK).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, DUTCH).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of a key, or the fallback when the bundle has none (parameter names not yet translated). */
    static String textOr(String key, String fallback) {
        String t = text(key);
        return t.equals(key) ? fallback : t;
    }
}
