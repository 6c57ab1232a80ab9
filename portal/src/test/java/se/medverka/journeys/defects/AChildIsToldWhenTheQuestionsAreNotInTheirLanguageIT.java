package se.medverka.journeys.defects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 20 item 7: a child whose language the consultation lacks got Swedish questions without a
 * word about it. The class's page and the question say so, in the child's language, in words for
 * their age; a Swedish child sees no such note.
 */
class AChildIsToldWhenTheQuestionsAreNotInTheirLanguageIT extends DefectTestBase {

    @Autowired ChildTestData data;

    @Test
    void aFinnishOrYiddishChildIsToldInTheirLanguageThatTheQuestionsAreInAnotherLanguage() {
        String code = data.swedishSmileyClassCode();
        onEveryScreen(List.of("fi", "yi", "sv"), WIDTHS, (p, lang) -> {
            String note = t(lang, "consultation.common.fallback.text");
            int expected = "sv".equals(lang) ? 0 : 1;
            open(p, "barn?lang=" + lang);
            ChildSteps.enterCode(p, lang, code);
            assertThat(p.getByText(note, new Page.GetByTextOptions().setExact(true))).hasCount(expected);
            ChildSteps.startAnswering(p, lang);
            assertThat(p.getByText(note, new Page.GetByTextOptions().setExact(true))).hasCount(expected);
            if (expected == 1) {
                assertThat(p.getByText(note, new Page.GetByTextOptions().setExact(true))).isVisible();
                // The note is in the child's language (the questions themselves are marked as Swedish).
                assertThat(p.getByText(note, new Page.GetByTextOptions().setExact(true)))
                        .not().hasAttribute("lang", "sv");
            }
        });
    }
}
