package eu.ondernemerscheck.adapter.web.proposals;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The review screens' texts from their message bundle: Dutch (nl-NL) as the base, French and English prepared; a key
 * without a translation falls back to Dutch, never to the server's default language.
 */
final class ProposalTexts implements Serializable {

    static final String BUNDLE = "eu.ondernemerscheck.adapter.web.proposals.messages";
    private static final Locale NL = Locale.of("nl", "NL");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    private ProposalTexts(Locale locale) {
        this.locale = locale;
    }

    /**
     * French or English when the browser asks for it (its Accept-Language, not the server's default language), Dutch
     * otherwise; without a request (a test) the UI's locale.
     */
    static ProposalTexts current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale asked;
        if (request != null && request.getHeader("Accept-Language") != null) {
            asked = request.getLocale();
        } else {
            UI ui = UI.getCurrent();
            asked = ui == null ? NL : ui.getLocale();
        }
        String language = asked == null ? "nl" : asked.getLanguage();
        return new ProposalTexts("fr".equals(language) || "en".equals(language) ? Locale.of(language) : NL);
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ProposalTexts.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
