package se.medverka.shared.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations from the top-level {@code i18n/} folder: one sub-folder per module, each with a
 * Swedish base bundle and one file per language. A key missing in a language is looked up along
 * its fallback chain. Messages with parameters use ICU so that plurals (e.g. the Sami dual) work.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);
    private static final Pattern FILE = Pattern.compile("translations(?:_([a-z]+))?\\.properties");

    private final FallbackChains chains;
    private final Map<Language, Map<String, String>> bundles;
    private final ObjectProvider<TranslationOverrides> overrides;

    /** Bundle files only, e.g. for unit tests. */
    public PortalI18NProvider(FallbackChains chains) {
        this(chains, null);
    }

    /** Bundle files, overridden by the texts stored at runtime (if a module provides them). */
    @Autowired
    public PortalI18NProvider(FallbackChains chains, ObjectProvider<TranslationOverrides> overrides) {
        this.chains = chains;
        this.bundles = load();
        this.overrides = overrides;
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            all.put(l, new HashMap<>());
        }
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/**/translations*.properties");
            for (Resource file : files) {
                Matcher m = FILE.matcher(String.valueOf(file.getFilename()));
                if (!m.matches()) {
                    continue;
                }
                Optional<Language> language = m.group(1) == null ? Optional.of(Language.SV) : Language.fromCode(m.group(1));
                if (language.isEmpty()) {
                    log.warn("Translation file for an unknown language ignored: {}", file);
                    continue;
                }
                Properties p = new Properties();
                try (Reader r = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                Map<String, String> bundle = all.get(language.get());
                p.forEach((k, v) -> bundle.put((String) k, (String) v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the translation bundles", e);
        }
        all.replaceAll((l, b) -> Collections.unmodifiableMap(b));
        return Collections.unmodifiableMap(all);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, Language.fromLocale(locale), params);
    }

    public String translate(String key, Language language, Object... params) {
        for (Language l : chains.chain(language)) {
            String pattern = own(key, l);
            if (pattern != null) {
                return params == null || params.length == 0 ? pattern : format(pattern, language, params);
            }
        }
        log.warn("Missing translation key '{}'", key);
        return key;
    }

    /** The language's own text of the key, an override before the file; null when it has none. */
    private String own(String key, Language language) {
        TranslationOverrides stored = overrides == null ? null : overrides.getIfAvailable();
        if (stored != null) {
            Optional<String> text = stored.find(language, key);
            if (text.isPresent()) {
                return text.get();
            }
        }
        return bundles.get(language).get(key);
    }

    /** Whether the language's own bundle file has the key (without falling back). */
    public boolean hasOwn(String key, Language language) {
        return bundles.get(language).containsKey(key);
    }

    /** The keys and texts of one language's own bundle files, e.g. for export to translators. */
    public Map<String, String> bundle(Language language) {
        return bundles.get(language);
    }

    /**
     * Formats with the language's own plural rules (CLDR has se, smj and sma with their dual, fi,
     * en, sv, yi). For fit and rom CLDR has no rules, so their patterns count with explicit
     * {@code =1} cases.
     */
    static String format(String pattern, Language language, Object[] params) {
        return new MessageFormat(pattern, ULocale.forLanguageTag(language.htmlLang())).format(params);
    }
}
