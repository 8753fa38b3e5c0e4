package eu.ondernemerscheck.adapter.web.schemeform;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The scheme form's own texts from its message bundle: Dutch (nl-NL) as the base, Flemish wording (nl-BE), French and
 * English prepared; a key without a translation falls back to Dutch, never to the server's default language.
 */
final class FormBundle implements Serializable {

    static final String BUNDLE = "eu.ondernemerscheck.adapter.web.schemeform.messages";
    static final Locale NL = Locale.of("nl", "NL");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    private FormBundle(Locale locale) {
        this.locale = locale == null ? NL : locale;
    }

    static FormBundle of(FormTexts texts) {
        return new FormBundle(texts == null ? NL : texts.locale());
    }

    Locale locale() {
        return locale;
    }

    /** The locale for the date picker: Dutch notation unless the form speaks Dutch already. */
    Locale dateLocale() {
        return locale.getLanguage().equals("nl") ? locale : NL;
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, FormBundle.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
