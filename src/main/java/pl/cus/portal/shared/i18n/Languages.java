package pl.cus.portal.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal's languages, each named in its own language for the switcher. */
public enum Languages {
    POLISH("pl", "Polski"),
    ENGLISH("en", "English"),
    UKRAINIAN("uk", "Українська");

    public static final String COOKIE = "cus_lang";

    private final String tag;
    private final String ownName;

    Languages(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
    }

    public String tag() {
        return tag;
    }

    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static List<Locale> locales() {
        return java.util.Arrays.stream(values()).map(Languages::locale).toList();
    }

    public static Optional<Languages> byTag(String tag) {
        return java.util.Arrays.stream(values())
                .filter(language -> language.tag.equals(tag))
                .findFirst();
    }

    public static Languages of(Locale locale) {
        return locale == null ? POLISH : byTag(locale.getLanguage()).orElse(POLISH);
    }
}
