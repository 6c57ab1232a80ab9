package se.medverka.journeys.defects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 20 item 6: the class code was in the address ({@code /barn/kod/STEN-73}), so it stayed in
 * the history of a shared school computer. A child types it in the form; no address the browser
 * visits or any link on the pages holds it, and the address that used to hold it shows nothing of
 * the class.
 */
class TheClassCodeStaysOutOfTheAddressIT extends DefectTestBase {

    @Autowired ChildTestData data;

    @Test
    void aChildWhoEntersTheClassCodeAnswersWithoutTheCodeEverBeingInAnAddressOrALink() {
        String code = data.swedishSmileyClassCode();
        onEveryScreen(LANGUAGES, WIDTHS, (p, lang) -> {
            List<String> addresses = new ArrayList<>();
            p.onFrameNavigated(frame -> addresses.add(frame.url()));
            open(p, "barn?lang=" + lang);
            ChildSteps.enterCode(p, lang, code);
            assertThat(linksAndAddress(p)).doesNotContain(code);
            assertThat(p.getByText("Parken där du bor")).isVisible();
            ChildSteps.startAnswering(p, lang);
            assertThat(linksAndAddress(p)).doesNotContain(code);
            p.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                    .setName(t(lang, "consultation.answer.smiley.5.label")).setExact(true)).click();
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(t(lang, "consultation.answer.send.action")).setExact(true)).click();
            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName(t(lang, "consultation.answer.end.title")))).isVisible();
            addresses.add(p.url());
            assertThat(String.join("\n", addresses)).doesNotContain(code).doesNotContain(code.replace("-", ""));
        });
        // The old address with the code shows nothing of the class to whoever comes after.
        Page next = screen(1280);
        open(next, "barn/kod/" + code);
        assertThat(next.getByText("Parken där du bor")).hasCount(0);
        assertThat(next.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(t("sv", "consultation.code.start.action")))).hasCount(0);
        open(next, "barn/svara?kod=" + code);
        assertThat(next.getByText(ChildTestData.QUESTION)).hasCount(0);
        closeScreen(next);
    }

    /** The address and every link's target on the page, as one text. */
    private static String linksAndAddress(Page p) {
        return p.url() + "\n" + p.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.href).join('\\n')");
    }
}
