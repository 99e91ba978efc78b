package pl.cus.portal.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Message bundles {@code i18n/messages*.properties}: the base file is Polish, {@code _en} and {@code _uk} the others.
 * No fallback to the JVM's default locale, which would otherwise replace Polish by whatever the server runs in.
 */
@Component
public class Messages implements I18NProvider {

    public static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return get(key, locale, params);
    }

    /** The text for a key, or {@code !key!} so that a missing translation is visible and caught by tests. */
    public static String get(String key, Locale locale, Object... params) {
        Locale chosen = Languages.of(locale).locale();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, chosen, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, chosen).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
