package eu.ondernemerscheck.adapter.web.portfolio;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the portfolio, the client workspace and the signal list from their message bundle: Dutch (nl-NL) as
 * the base, French and English to be added beside it; a missing key falls back to Dutch.
 */
final class PortfolioTexts {

    static final String BUNDLE = "eu.ondernemerscheck.adapter.web.portfolio.messages";
    static final Locale NL = Locale.of("nl", "NL");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private PortfolioTexts() {
    }

    static String text(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, NL, PortfolioTexts.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, NL).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
