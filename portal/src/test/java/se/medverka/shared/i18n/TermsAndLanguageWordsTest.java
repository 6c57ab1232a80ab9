package se.medverka.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.medverka.testsupport.Translations;

/**
 * Issue 20 items 10 and 15 in the bundles: the resident's language has one term on every staff
 * page, and a term (a {@code .label}) never carries its own colon — the page joins term and value.
 */
class TermsAndLanguageWordsTest {

    @Test
    void theResidentsLanguageIsCalledTheSameOnTheCaseAndOnTheComplaintInEveryLanguage() {
        for (Language language : Language.values()) {
            assertThat(Translations.text(language.code(), "complaint.case.language.label")).as(language.code())
                    .isEqualTo(Translations.text(language.code(), "routing.case.facts.language.label"));
        }
    }

    @Test
    void noTermEndsWithAColon() {
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            Translations.of(language.code()).forEach((key, text) -> {
                if (key.endsWith(".label") && text.strip().endsWith(":")) {
                    problems.add(language.code() + " " + key + "=" + text);
                }
            });
        }
        assertThat(problems).isEmpty();
    }
}
