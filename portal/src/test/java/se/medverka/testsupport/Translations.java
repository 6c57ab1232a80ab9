package se.medverka.testsupport;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** Reads the bundles in the repository's {@code i18n/} folder, as tests see them. */
public final class Translations {

    public static final Path ROOT = Path.of(System.getProperty("medverka.i18n.dir", "../i18n"));
    private static final Map<String, Map<String, String>> CACHE = new HashMap<>();

    private Translations() {
    }

    /** Every key of one language over all module folders; {@code sv} is the base bundle. */
    public static synchronized Map<String, String> of(String language) {
        return CACHE.computeIfAbsent(language, Translations::load);
    }

    public static String sv(String key) {
        return text("sv", key);
    }

    public static String text(String language, String key) {
        String value = of(language).get(key);
        if (value == null) {
            throw new IllegalArgumentException("No key " + key + " in " + language);
        }
        return value;
    }

    public static String fileName(String language) {
        return "sv".equals(language) ? "translations.properties" : "translations_" + language + ".properties";
    }

    private static Map<String, String> load(String language) {
        Map<String, String> all = new HashMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals(fileName(language))).toList()) {
                all.putAll(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    public static Map<String, String> read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        p.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
