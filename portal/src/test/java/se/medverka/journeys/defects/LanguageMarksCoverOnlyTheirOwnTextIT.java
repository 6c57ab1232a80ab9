package se.medverka.journeys.defects;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 20 item 8: on the English page of a dialogue written only in Swedish, the block marked
 * {@code lang="sv"} also wrapped English interface text ("Open – you can take part",
 * "Responsible: …"), so a screen reader read English with Swedish pronunciation. The Swedish mark
 * covers the Swedish texts and nothing of the interface.
 */
class LanguageMarksCoverOnlyTheirOwnTextIT extends DefectTestBase {

    @Autowired DialogueTestData data;

    private static String languageOf(Locator text) {
        return (String) text.first().evaluate("e => e.closest('[lang]').getAttribute('lang')");
    }

    @Test
    void theInterfaceTextOfAnUntranslatedDialogueIsMarkedInThePagesLanguageAndTheSwedishTextsAsSwedish() {
        long id = data.publishedWithAProposal();
        onEveryScreen(List.of("en", "fi", "yi"), WIDTHS, (p, lang) -> {
            open(p, "dialog/" + id + "?lang=" + lang);
            String page = (String) p.evaluate("() => document.documentElement.lang");
            Locator status = p.getByText(t(lang, "dialogue.status.open.label"), new Page.GetByTextOptions().setExact(true));
            assertThat(languageOf(status)).as("the status").isEqualTo(page);
            Locator meta = p.getByText(AClosedDialogueLooksClosedIT.pattern(t(lang, "dialogue.page.meta.text")));
            assertThat(languageOf(meta)).as("who is responsible and when").isEqualTo(page);
            Locator notice = p.getByText(t(lang, "dialogue.page.fallback.text"), new Page.GetByTextOptions().setExact(true));
            assertThat(languageOf(notice)).as("the notice").isEqualTo(page);
            assertThat(languageOf(p.getByText("Hur ska dammen bli?"))).as("the Swedish summary").isEqualTo("sv");
            assertThat(languageOf(p.getByText("Vi gör om dammen."))).as("the Swedish text").isEqualTo("sv");
            assertThat(languageOf(heading(p))).as("the Swedish title").isEqualTo("sv");
        });
    }
}
