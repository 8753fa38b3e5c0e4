package eu.ondernemerscheck.adapter.web.selfcheck;

import eu.ondernemerscheck.domain.rules.Country;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of a signed-in client's own check from their message bundle: Dutch (nl-NL) as the base, Flemish wording
 * (nl-BE) for a Belgian client, French and English prepared; a key without a translation falls back to Dutch, never
 * to the server's default language. The language follows the quick check's choice ({@link SelfCheckTexts}).
 */
final class ClientCheckTexts implements Serializable {

    static final String BUNDLE = "eu.ondernemerscheck.adapter.web.selfcheck.clientcheck";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    private ClientCheckTexts(Locale locale) {
        this.locale = locale;
    }

    static ClientCheckTexts forClient(Locale browser, Country country) {
        return new ClientCheckTexts(SelfCheckTexts.forVisitor(browser, country).locale());
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ClientCheckTexts.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
