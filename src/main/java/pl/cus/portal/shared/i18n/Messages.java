package pl.cus.portal.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Message bundles {@code i18n/<module>*.properties}, one family per module so that modules do not edit one shared
 * file: the base file is Polish, {@code _en} and {@code _uk} the others. A key is looked up in every bundle; keys are
 * prefixed by module, so a key lives in one bundle only. No fallback to the JVM's default locale, which would
 * otherwise replace Polish by whatever the server runs in.
 */
@Component
public class Messages implements I18NProvider {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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
        for (String bundle : Bundles.NAMES) {
            try {
                String pattern =
                        ResourceBundle.getBundle(bundle, chosen, NO_FALLBACK).getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, chosen).format(params);
            } catch (MissingResourceException e) {
                // try the next module's bundle
            }
        }
        return "!" + key + "!";
    }

    /** A whole number as the language writes it: "1 234" in Polish and Ukrainian, "1,234" in English. */
    public static String number(long value, Locale locale) {
        return java.text.NumberFormat.getIntegerInstance(Languages.of(locale).locale())
                .format(value);
    }

    /** The base names of all bundles on the class path, e.g. {@code i18n.messages}, {@code i18n.intake}. */
    public static List<String> bundles() {
        return Bundles.NAMES;
    }

    private static final class Bundles {
        static final List<String> NAMES = discover();

        private static List<String> discover() {
            try {
                var resources = new PathMatchingResourcePatternResolver(Messages.class.getClassLoader())
                        .getResources("classpath*:i18n/*.properties");
                return Arrays.stream(resources)
                        .map(resource -> Objects.requireNonNull(resource.getFilename()))
                        .filter(name -> !name.contains("_"))
                        .map(name -> "i18n." + name.substring(0, name.length() - ".properties".length()))
                        .distinct()
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the message bundles", e);
            }
        }
    }
}
