package se.medverka.journeys.defects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 20 item 4: the five faces and the thank-you picture were emoji, empty boxes on a device
 * without an emoji font (Debian's chromium has none). They are pictures the portal ships: each is
 * an image the browser loaded and drew, and each answer keeps its name ("Mycket ledsen" … "Mycket glad").
 */
class ChildrensFacesAreRealPicturesIT extends DefectTestBase {

    @Autowired ChildTestData data;

    static final String DRAWN = """
            img => img.complete && img.naturalWidth > 0 && img.naturalHeight > 0
                && img.getBoundingClientRect().width >= 24 && img.getBoundingClientRect().height >= 24""";

    /** Waits until the browser has finished loading the picture (drawn or broken), not longer. */
    private static void loaded(Page p, Locator picture) {
        p.waitForFunction("img => img.complete", picture.elementHandle());
    }

    @Test
    void theFiveFacesAndTheThankYouPictureAreDrawnImagesAndTheAnswersKeepTheirNames() {
        String code = data.swedishSmileyClassCode();
        onEveryScreen(LANGUAGES, WIDTHS, (p, lang) -> {
            open(p, "barn?lang=" + lang);
            ChildSteps.enterCode(p, lang, code);
            ChildSteps.startAnswering(p, lang);
            for (int face = 1; face <= 5; face++) {
                Locator answer = p.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                        .setName(t(lang, "consultation.answer.smiley." + face + ".label")).setExact(true));
                assertThat(answer).hasCount(1);
                // The picture sits in the answer's label and names it (the words beside it are for the eye):
                // among the answers, one picture with the answer's name.
                Locator picture = p.getByRole(AriaRole.RADIOGROUP).getByRole(AriaRole.IMG, new Locator.GetByRoleOptions()
                        .setName(t(lang, "consultation.answer.smiley." + face + ".label")).setExact(true));
                assertThat(picture).hasCount(1);
                loaded(p, picture);
                assertThat((Boolean) picture.evaluate(DRAWN)).as("face %d is a drawn picture", face).isTrue();
            }
            p.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                    .setName(t(lang, "consultation.answer.smiley.4.label")).setExact(true)).click();
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(t(lang, "consultation.answer.send.action")).setExact(true)).click();
            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName(t(lang, "consultation.answer.end.title")))).isVisible();
            // The star is decorative (alt=""): a picture with no role of its own, presentation only.
            List<Locator> pictures = p.getByRole(AriaRole.MAIN).getByRole(AriaRole.PRESENTATION).all();
            assertThat(pictures).as("a thank-you picture").isNotEmpty();
            for (Locator picture : pictures) {
                loaded(p, picture);
                assertThat((Boolean) picture.evaluate(DRAWN)).as("the thank-you picture is drawn").isTrue();
            }
            // No emoji stand in for a picture anywhere on the thank-you screen.
            assertThat(p.getByRole(AriaRole.MAIN).innerText()).doesNotContainPattern("[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]");
        });
    }
}
