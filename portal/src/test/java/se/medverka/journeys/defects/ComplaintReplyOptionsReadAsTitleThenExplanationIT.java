package se.medverka.journeys.defects;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 1: in the complaint form, each reply option's title and its explanation read as
 * two parts — the explanation on its own line, and a pause (punctuation) between them in the name a
 * screen reader announces — not "Helt anonymtVi vet inte vem du är…".
 */
class ComplaintReplyOptionsReadAsTitleThenExplanationIT extends DefectTestBase {

    @Test
    void eachReplyOptionIsAnnouncedAsItsTitleAPauseAndItsExplanationAndShowsTheExplanationOnItsOwnLine() {
        onEveryScreen(LANGUAGES, WIDTHS, (p, lang) -> {
            open(p, "klagomal?lang=" + lang);
            for (String code : new String[] {"anonymous", "pin", "named"}) {
                String title = t(lang, "complaint.form.anonymity." + code + ".label");
                String text = t(lang, "complaint.form.anonymity." + code + ".helper");
                // The name a screen reader announces: the title, a pause, then the explanation.
                Locator radio = p.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(
                        Pattern.compile("^" + quote(title) + "\\s*[.,:;]\\s+" + quote(text) + "$")));
                assertThat(radio.count()).as("a radio button named '%s. %s' among %s", title, text,
                        p.getByRole(AriaRole.RADIOGROUP).last().ariaSnapshot()).isEqualTo(1);
                // On screen, among the reply options: the explanation starts below the title.
                Locator option = p.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions()
                        .setName(t(lang, "complaint.form.anonymity.label")));
                BoundingBox titleBox = option.getByText(title, new Locator.GetByTextOptions().setExact(true)).boundingBox();
                BoundingBox textBox = option.getByText(text, new Locator.GetByTextOptions().setExact(true)).boundingBox();
                assertThat(textBox.y).as("'%s' starts under '%s'", text, title)
                        .isGreaterThanOrEqualTo(titleBox.y + titleBox.height - 1);
            }
        });
    }
}
