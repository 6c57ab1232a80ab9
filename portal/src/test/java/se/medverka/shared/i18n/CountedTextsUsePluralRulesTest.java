package se.medverka.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.medverka.testsupport.Translations;

/**
 * Issue 20 item 12: "1 ärenden" in the inbox. A counted text — a number followed by the thing it
 * counts, e.g. "{0} ärenden" — says its noun through an ICU plural pattern in every language, with
 * a form for every plural category that CLDR gives the language (Sami has a dual; Finnish, Swedish
 * and Yiddish have one and other).
 */
class CountedTextsUsePluralRulesTest {

    /** An argument followed by a word: a count of that word, unless the word only joins the sentence. */
    private static final Pattern NUMBER_THEN_WORD = Pattern.compile("\\{(\\d)}\\s+(\\p{Ll}+)");
    private static final Pattern PLURAL_ARGUMENT = Pattern.compile("\\{(\\d),\\s*plural,");
    /** Swedish words that follow an argument that is a name, a number of a case, a date or a period ("{0} efter"), not a count. */
    private static final Set<String> JOINING_WORDS = Set.of("och", "av", "på", "till", "hos", "här", "har", "i", "är",
            "som", "med", "för", "från", "den", "det", "kan", "skulle", "efter", "skickar", "var");

    /** The counted texts of the Swedish base: key → the numbers of the counting arguments. */
    static Map<String, Set<String>> countedTexts() {
        Map<String, Set<String>> counted = new TreeMap<>();
        Translations.of("sv").forEach((key, text) -> {
            Matcher m = NUMBER_THEN_WORD.matcher(text);
            while (m.find()) {
                if (!JOINING_WORDS.contains(m.group(2))) {
                    counted.computeIfAbsent(key, k -> new TreeSet<>()).add(m.group(1));
                }
            }
            // A text that already counts with a plural pattern in Swedish must do so in every language.
            Matcher plural = PLURAL_ARGUMENT.matcher(text);
            while (plural.find()) {
                counted.computeIfAbsent(key, k -> new TreeSet<>()).add(plural.group(1));
            }
        });
        return counted;
    }

    @Test
    void theInboxTotalIsACountedText() {
        assertThat(countedTexts()).containsKey("routing.inbox.total.text");
    }

    @Test
    void everyCountedTextUsesAPluralPatternWithEveryCategoryOfItsLanguageInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        countedTexts().forEach((key, arguments) -> {
            for (Language language : Language.values()) {
                String text = Translations.of(language.code()).get(key);
                if (text == null) {
                    continue; // a missing key is TranslationBundlesTest's to report
                }
                ULocale locale = ULocale.forLanguageTag(language.htmlLang());
                Set<String> categories = PluralRules.forLocale(locale).getKeywords();
                for (String argument : arguments) {
                    Matcher plural = Pattern.compile("\\{" + argument + ",\\s*plural,((?:[^{}]|\\{[^{}]*})*)}").matcher(text);
                    if (!plural.find()) {
                        problems.add(language.code() + " " + key + ": {" + argument + "} counts without a plural pattern: " + text);
                        continue;
                    }
                    Set<String> given = new TreeSet<>();
                    Matcher selector = Pattern.compile("(=?\\w+)\\s*\\{").matcher(plural.group(1));
                    while (selector.find()) {
                        given.add(selector.group(1));
                    }
                    for (String category : categories) {
                        if (!given.contains(category)) {
                            problems.add(language.code() + " " + key + ": no '" + category + "' form (CLDR " + categories + "): " + text);
                        }
                    }
                }
                // And ICU can format it with one and with many.
                try {
                    new MessageFormat(text, locale).format(new Object[] {1, 1, 1});
                    new MessageFormat(text, locale).format(new Object[] {7, 7, 7});
                } catch (IllegalArgumentException e) {
                    problems.add(language.code() + " " + key + ": " + e.getMessage());
                }
            }
        });
        assertThat(problems).as("counted texts that ignore the language's plural rules").isEmpty();
    }
}
