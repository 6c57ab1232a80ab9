package se.medverka.journeys.defects;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import se.medverka.testsupport.Translations;

/** How a child comes in with a class code and starts answering, by what they see. */
final class ChildSteps {

    private ChildSteps() {
    }

    /** From /barn: types the code, presses "Börja" and lands on the class's page. */
    static void enterCode(Page p, String lang, String code) {
        p.getByLabel(Translations.text(lang, "consultation.start.code.label")).first().fill(code);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Translations.text(lang, "consultation.start.code.action")).setExact(true)).click();
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Translations.text(lang, "consultation.code.start.action"))).waitFor();
    }

    /** On the class's page: "Börja svara", then waits for the first question. */
    static void startAnswering(Page p, String lang) {
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Translations.text(lang, "consultation.code.start.action"))).click();
        p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(ChildTestData.QUESTION)).waitFor();
    }
}
