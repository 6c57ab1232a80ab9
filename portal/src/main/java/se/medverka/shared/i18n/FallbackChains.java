package se.medverka.shared.i18n;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a missing text is looked up next, e.g. {@code fit → fi → sv}. Configurable with
 * {@code medverka.i18n.fallback.<code>=<code>}; every chain ends in Swedish.
 */
@ConfigurationProperties(prefix = "medverka.i18n")
public class FallbackChains {

    private Map<String, String> fallback = Map.of();

    public Map<String, String> getFallback() {
        return fallback;
    }

    public void setFallback(Map<String, String> fallback) {
        this.fallback = Map.copyOf(fallback);
    }

    /** The languages to try in order, starting with the language itself and ending with Swedish. */
    public List<Language> chain(Language language) {
        List<Language> chain = new ArrayList<>();
        Language next = language;
        while (next != null && !chain.contains(next)) {
            chain.add(next);
            next = nextOf(next);
        }
        if (!chain.contains(Language.DEFAULT)) {
            chain.add(Language.DEFAULT);
        }
        return List.copyOf(chain);
    }

    private Language nextOf(Language language) {
        String configured = fallback.get(language.code());
        if (configured != null) {
            return Language.fromCode(configured).orElse(Language.DEFAULT);
        }
        return language.defaultFallback().orElse(null);
    }

    public Map<Language, List<Language>> all() {
        Map<Language, List<Language>> all = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            all.put(l, chain(l));
        }
        return all;
    }
}
