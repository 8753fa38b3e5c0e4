package eu.ondernemerscheck.adapter.web.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the branding, import, export and report screens from their message bundle: Dutch (nl-NL) as the base,
 * with French and English to be added beside it; a missing key falls back to Dutch, never to the server's language.
 */
final class ReportTexts {

    static final String BUNDLE = "eu.ondernemerscheck.adapter.web.report.messages";
    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private ReportTexts() {
    }

    static String text(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, DUTCH, ReportTexts.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, DUTCH).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
