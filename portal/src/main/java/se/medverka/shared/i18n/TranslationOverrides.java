package se.medverka.shared.i18n;

import java.util.Optional;

/**
 * Texts that replace the bundle files at runtime, e.g. a translator's corrections imported by an
 * administrator. A module that stores them provides this as a bean; {@link PortalI18NProvider}
 * asks it before the language's own bundle, at every step of the fallback chain.
 */
public interface TranslationOverrides {

    /** The overriding text of {@code key} in exactly this language (no fallback). */
    Optional<String> find(Language language, String key);
}
