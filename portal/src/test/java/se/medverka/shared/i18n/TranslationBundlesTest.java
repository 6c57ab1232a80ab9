package se.medverka.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.medverka.testsupport.Translations;

/**
 * Every language has every key of the Swedish base bundle, module by module, and every key the
 * code names literally exists.
 */
class TranslationBundlesTest {

    /** A whole string literal that has the shape of a translation key of one of our modules. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:shared|staff|information|routing|complaint|dialogue|consultation|followup|notification|audit|legal|budget)"
                    + "\\.[a-z0-9_]+(?:\\.[a-zA-Z0-9_]+)+)\"");

    /** Any whole string literal shaped like a key, mails included. */
    private static final Pattern ANY_KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z0-9_]+)+)\"");

    @Test
    void everyBundleHasEveryKeyOfTheSwedishOne() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Translations.ROOT)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path base = dir.resolve("translations.properties");
                assertThat(base).as("Swedish base bundle in %s", dir).exists();
                Set<String> keys = Translations.read(base).keySet();
                for (Language language : Language.values()) {
                    if (language == Language.SV) {
                        continue;
                    }
                    Path file = dir.resolve(Translations.fileName(language.code()));
                    if (!Files.exists(file)) {
                        problems.add(file + " is missing");
                        continue;
                    }
                    Map<String, String> bundle = Translations.read(file);
                    Set<String> missing = new TreeSet<>(keys);
                    missing.removeAll(bundle.keySet());
                    if (!missing.isEmpty()) {
                        problems.add(file + " lacks " + missing);
                    }
                    bundle.forEach((k, v) -> {
                        if (v.isBlank()) {
                            problems.add(file + " has an empty text for " + k);
                        }
                    });
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> known = Translations.of("sv").keySet();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing in the Swedish bundle").isEmpty();
    }

    @Test
    void everyKeyInTheBundlesIsUsedByTheCode() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = ANY_KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : Translations.of("sv").keySet()) {
            // Mails are named without their part: "mail.case.assigned" stands for .subject and .body.
            String mail = key.replaceFirst("\\.(subject|body)$", "");
            boolean used = literals.contains(key) || (key.startsWith("mail.") && literals.contains(mail));
            if (!used) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in the bundles that no code names (remove them, or name them in code)").isEmpty();
    }

    @Test
    void keysFollowTheModuleScreenElementRoleConvention() throws IOException {
        Set<String> wrong = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(Translations.ROOT)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String module = dir.getFileName().toString();
                Translations.read(dir.resolve("translations.properties")).keySet().stream()
                        .filter(k -> !k.startsWith(module + ".") && !k.startsWith("mail."))
                        .forEach(wrong::add);
            }
        }
        assertThat(wrong).as("keys must start with their module's folder name").isEmpty();
    }
}
