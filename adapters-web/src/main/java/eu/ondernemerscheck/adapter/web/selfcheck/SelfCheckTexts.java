package eu.ondernemerscheck.adapter.web.selfcheck;

import com.vaadin.flow.component.UI;
import eu.ondernemerscheck.adapter.web.schemeform.FormTexts;
import com.vaadin.flow.server.VaadinRequest;
import eu.ondernemerscheck.domain.rules.Country;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The quick check's texts from its message bundle: Dutch (nl-NL) as the base, Flemish wording (nl-BE) for Belgian
 * visitors, French and English prepared; a key without a translation falls back to Dutch, never to the server's
 * default language.
 */
final class SelfCheckTexts implements FormTexts {

    static final String BUNDLE = "eu.ondernemerscheck.adapter.web.selfcheck.messages";
    static final Locale NL = Locale.of("nl", "NL");
    static final Locale BE = Locale.of("nl", "BE");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    private SelfCheckTexts(Locale locale) {
        this.locale = locale;
    }

    /**
     * French or English when the browser asks for it; otherwise Dutch in the wording of the visitor's country
     * (nl-BE for Belgium), so the texts follow the country choice.
     */
    static SelfCheckTexts forVisitor(Locale browser, Country country) {
        String language = browser == null ? "nl" : browser.getLanguage();
        if ("fr".equals(language) || "en".equals(language)) {
            return new SelfCheckTexts(Locale.of(language));
        }
        return new SelfCheckTexts(country == Country.BE ? BE : NL);
    }

    /**
     * The language the visitor's browser asks for (its Accept-Language), rather than the server's default; without a
     * request (a background task, a test) the UI's locale.
     */
    static Locale browserLocale() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getHeader("Accept-Language") != null) {
            return request.getLocale();
        }
        UI ui = UI.getCurrent();
        return ui == null ? NL : ui.getLocale();
    }

    @Override
    public Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, SelfCheckTexts.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
