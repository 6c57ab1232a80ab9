package se.medverka.journeys.defects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 20 item 5: a closed dialogue still said "Open 24 November – 22 December", "I agree" stayed
 * clickable, and after a reload a resident who had agreed saw an active "I agree" again. Agreeing
 * is remembered over a reload; once closed, the page says so, the action is gone, and the support
 * already given is shown as given.
 */
class AClosedDialogueLooksClosedIT extends DefectTestBase {

    @Autowired DialogueTestData data;

    /** A message as a pattern: its fixed words exactly, any value where a parameter stands. */
    static Pattern pattern(String message) {
        StringBuilder regex = new StringBuilder();
        for (String part : message.split("\\{[^}]*}", -1)) {
            regex.append(regex.isEmpty() ? "" : ".+").append(quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static Locator supportButton(Page p, String lang) {
        return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(pattern(t(lang, "dialogue.proposal.support.action"))));
    }

    @Test
    void agreeingIsRememberedAfterAReloadAndAClosedDialogueSaysSoWithoutTheAction() {
        long id = data.publishedWithAProposal();
        Map<Page, String> people = new LinkedHashMap<>();
        List<Page> all = new ArrayList<>();
        for (int width : WIDTHS) {
            for (String lang : LANGUAGES) {
                Page p = screen(width);
                all.add(p);
                people.put(p, lang);
                open(p, "dialog/" + id + "?lang=" + lang);
                org.assertj.core.api.Assertions.assertThat(supportButton(p, lang).count())
                        .as("an 'I agree' button on %s", p.getByRole(AriaRole.MAIN).ariaSnapshot()).isEqualTo(1);
                assertThat(supportButton(p, lang)).isEnabled();
                supportButton(p, lang).click();
                settle(p);
                p.reload();
                settle(p);
                // Agreed once: after a reload the same person sees it as given, not as an action again.
                assertThat(p.getByText(pattern(t(lang, "dialogue.proposal.support.given.label")))).isVisible();
                assertThat(supportButton(p, lang)).hasCount(0);
            }
        }
        data.close(id);
        try {
            for (Page p : all) {
                String lang = people.get(p);
                p.reload();
                settle(p);
                assertThat(p.getByText(t(lang, "dialogue.status.closed.label"), new Page.GetByTextOptions().setExact(true)))
                        .isVisible();
                assertThat(p.getByText(pattern(t(lang, "dialogue.page.meta.closed.text")))).isVisible();
                assertThat(p.getByText(pattern(t(lang, "dialogue.page.meta.text")))).hasCount(0);
                assertThat(supportButton(p, lang)).hasCount(0);
                assertThat(p.getByText(DialogueTestData.PROPOSAL)).isVisible();
                assertThat(p.getByText(pattern(t(lang, "dialogue.proposal.support.given.label")))).isVisible();
            }
            // Someone who never agreed sees how many did, and no action.
            Page stranger = screen(320);
            open(stranger, "dialog/" + id + "?lang=fi");
            assertThat(supportButton(stranger, "fi")).hasCount(0);
            String six = new MessageFormat(t("fi", "dialogue.proposal.supports.text"), ULocale.forLanguageTag("fi"))
                    .format(new Object[] {all.size()});
            assertThat(stranger.getByText(six, new Page.GetByTextOptions().setExact(true))).isVisible();
            closeScreen(stranger);
        } finally {
            all.forEach(this::closeScreen);
        }
    }
}
