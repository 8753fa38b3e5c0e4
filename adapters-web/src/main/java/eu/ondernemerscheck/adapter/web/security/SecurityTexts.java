package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.flow.component.UI;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the sign-in views from their message bundle; Dutch is the base, and a language without its own bundle
 * falls back to Dutch, never to the server's default language.
 */
final class SecurityTexts {

    private static final String BUNDLE = "eu.ondernemerscheck.adapter.web.security.messages";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private SecurityTexts() {
    }

    static String text(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.of("nl", "NL") : ui.getLocale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
