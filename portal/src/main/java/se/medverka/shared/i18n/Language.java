package se.medverka.shared.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal is offered in. The code is what links ({@code ?lang=}), the cookie and
 * the bundle file names ({@code translations_<code>.properties}) use; Swedish is the base bundle.
 */
public enum Language {
    SV("sv", "svenska", Locale.of("sv"), "sv", false, null, Locale.of("sv")),
    SV_EASY("lattlast", "lättläst svenska", Locale.of("sv", "", "lattlast"), "sv", false, "sv", Locale.of("sv")),
    EN("en", "English", Locale.of("en"), "en", false, "sv", Locale.of("en", "GB")),
    FI("fi", "suomi", Locale.of("fi"), "fi", false, "sv", Locale.of("fi")),
    // The JDK has no locale data for fit, smj, sma and rom: they format dates and numbers as Swedish.
    FIT("fit", "meänkieli", Locale.of("fit"), "fit", false, "fi", Locale.of("sv")),
    SE("se", "davvisámegiella", Locale.of("se"), "se", false, "sv", Locale.of("se")),
    SMJ("smj", "julevsámegiella", Locale.of("smj"), "smj", false, "se", Locale.of("sv")),
    SMA("sma", "åarjelsaemien gïele", Locale.of("sma"), "sma", false, "sv", Locale.of("sv")),
    ROM("rom", "romani chib", Locale.of("rom"), "rom", false, "sv", Locale.of("sv")),
    YI("yi", "ייִדיש", Locale.of("yi"), "yi", true, "sv", Locale.of("yi"));

    public static final Language DEFAULT = SV;

    private final String code;
    private final String nativeName;
    private final Locale locale;
    private final String htmlLang;
    private final boolean rightToLeft;
    private final String defaultFallback;
    private final Locale formatLocale;

    Language(String code, String nativeName, Locale locale, String htmlLang, boolean rightToLeft,
             String defaultFallback, Locale formatLocale) {
        this.code = code;
        this.nativeName = nativeName;
        this.locale = locale;
        this.htmlLang = htmlLang;
        this.rightToLeft = rightToLeft;
        this.defaultFallback = defaultFallback;
        this.formatLocale = formatLocale;
    }

    public String code() { return code; }

    /** The language's name in the language itself, as the switcher shows it. */
    public String nativeName() { return nativeName; }

    public Locale locale() { return locale; }

    /** The value of the {@code lang} attribute; easy-to-read Swedish is still Swedish. */
    public String htmlLang() { return htmlLang; }

    public boolean rightToLeft() { return rightToLeft; }

    /** The next language in the fallback chain unless configuration says otherwise; Swedish has none. */
    public Optional<Language> defaultFallback() { return Optional.ofNullable(defaultFallback).flatMap(Language::fromCode); }

    /** The locale whose conventions dates and numbers follow. */
    public Locale formatLocale() { return formatLocale; }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst();
    }

    public static Language fromLocale(Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        for (Language l : values()) {
            if (l.locale.equals(locale)) {
                return l;
            }
        }
        return fromCode(locale.getLanguage()).orElse(DEFAULT);
    }
}
