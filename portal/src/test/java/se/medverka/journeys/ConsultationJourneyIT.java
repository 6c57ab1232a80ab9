package se.medverka.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import se.medverka.consultation.ChildConsultations;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.Translations;

/**
 * A handler makes a consultation with a smiley and a picture question for 6–9 and 10–12, makes a
 * class code; a child on a phone joins with it and answers by keyboard alone; results stay
 * "fewer than 5" until five answers exist; feedback appears behind the same code. axe on every
 * child screen, in Swedish and North Sami. The scenarios are one consultation's life and run in
 * order, each handing on what the next needs (the class code, the staff page, the first answers).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationJourneyIT extends BrowserTestBase {

    @Autowired StaffFixtures fixtures;
    @Autowired ChildConsultations children;

    private static String sv(String key) {
        return Translations.sv(key);
    }

    /** What the scenarios hand on to each other: they are one consultation's life, in order. */
    private String handler;
    private String code;
    private String staffPath;
    private int smiley;
    private int picture;

    @Test
    @Order(1)
    void aHandlerMakesAConsultationWithASmileyAndAPictureQuestionAndAClassCode() throws IOException {
        handler = fixtures.member("consult-journey", StaffRole.HANDLER, "sdn-bromma");
        login(page, handler, StaffFixtures.PASSWORD);
        open(page, "personal/konsultationer");

        page.getByLabel(sv("consultation.staff.create.name.label")).fill("Parkerna i Bromma");
        checkbox(sv("consultation.common.band.b6_9.label")).click();
        checkbox(sv("consultation.common.band.b10_12.label")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("consultation.staff.create.create.action"))).click();
        page.waitForURL("**/personal/konsultation/**");
        settle(page);

        for (String band : new String[] {"6–9 år", "10–12 år"}) {
            page.getByLabel("Rubrik – " + band + " – svenska").fill("Parken där du bor");
        }
        button(sv("consultation.staff.intro.save.action")).click();
        settle(page);

        page.getByLabel("Fråga – 6–9 år – svenska").fill("Tycker du om parken?");
        page.getByLabel("Fråga – 10–12 år – svenska").fill("Hur trivs du i parken?");
        button(sv("consultation.staff.question.add.action")).click();
        settle(page);
        assertThat(page.getByText("Tycker du om parken?", new Page.GetByTextOptions().setExact(false)).first()).isVisible();

        choose(region(sv("consultation.staff.question.title")), sv("consultation.staff.question.type.label"),
                sv("consultation.common.type.picture.label"));
        page.getByLabel("Fråga – 6–9 år – svenska").fill("Vad vill du leka med?");
        page.getByLabel("Fråga – 10–12 år – svenska").fill("Vilken lek vill du ha i parken?");
        FileChooser chooser = page.waitForFileChooser(() -> button(sv("consultation.staff.picture.upload.action")).click());
        chooser.setFiles(new FilePayload[] {
                new FilePayload("gunga.png", "image/png", png(Color.RED)),
                new FilePayload("rutschkana.png", "image/png", png(Color.BLUE))});
        // Two pictures wait for their question, each with its own "remove" button.
        assertThat(button(sv("consultation.staff.picture.remove.action"))).hasCount(2);
        // Each picture's fields are a group named by its file.
        picture("gunga.png").getByLabel("Alternativtext (svenska)").fill("En gunga");
        picture("rutschkana.png").getByLabel("Alternativtext (svenska)").fill("En rutschkana");
        button(sv("consultation.staff.question.add.action")).click();
        settle(page);
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("En gunga")).first()).isVisible();

        button(sv("consultation.staff.status.open.action")).click();
        settle(page);
        assertThat(page.getByText(sv("consultation.staff.edit.status.text").replace("{0}", sv("consultation.common.status.open.label")))).isVisible();

        page.getByLabel(sv("consultation.staff.code.district.label")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Bromma")).first().click();
        choose(region(sv("consultation.staff.code.title")), sv("consultation.staff.code.band.label"), "6–9 år");
        button(sv("consultation.staff.code.create.action")).click();
        settle(page);
        // The new code is the first in the list of class codes: "ABCD-23 – Bromma, 6–9 år (…)".
        String codeLine = region(sv("consultation.staff.code.title")).getByRole(AriaRole.LISTITEM).first().textContent();
        code = codeLine.substring(0, codeLine.indexOf(" – ")).trim();
        assertThat(code).matches("[A-Z]{4}-[2-9]{2}");
        String staffUrl = page.url();
        staffPath = staffUrl.substring(staffUrl.indexOf("personal"));
    }

    @Test
    @Order(2)
    void aChildOnAPhoneJoinsWithTheClassCodeAndAnswersByKeyboardAloneGoingBackAndForth() {
        Page child = phone();
        try {
            open(child, "barn?lang=sv");
            assertAccessible(child);
            tabTo(child, codeField(child, "sv"));
            child.keyboard().type(code.toLowerCase().replace("-", " "));
            child.keyboard().press("Enter");
            // The class code stays out of the address (issue 20 item 6): the class page is /barn/klass.
            child.waitForURL("**/barn/klass");
            settle(child);
            assertAccessible(child);
            tabTo(child, child.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sv("consultation.code.start.action")).setExact(true)));
            child.keyboard().press("Enter");
            child.waitForURL("**/barn/svara**");
            settle(child);

            assertThat(question(child, "Tycker du om parken?")).isVisible();
            assertThat(progress(child, "sv", 1, 2).getByRole(AriaRole.LISTITEM)).hasCount(2);
            assertAccessible(child);
            tabTo(child, child.getByRole(AriaRole.RADIOGROUP));
            child.keyboard().press("Space");
            for (int i = 0; i < 3; i++) {
                child.keyboard().press("ArrowRight");
            }
            settle(child);
            smiley = checkedIndex(child) + 1;
            assertThat(smiley).isBetween(1, 5);
            tabTo(child, next(child, "sv"));
            child.keyboard().press("Enter");
            settle(child);

            assertThat(question(child, "Vad vill du leka med?")).isVisible();
            assertThat(child.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("En gunga").setExact(true))).isVisible();
            assertThat(child.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("En rutschkana").setExact(true))).isVisible();
            assertAccessible(child);
            // Back and forth keeps the answer.
            tabTo(child, child.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("consultation.answer.back.action"))));
            child.keyboard().press("Enter");
            settle(child);
            assertThat(child.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setChecked(true))).hasCount(1);
            tabTo(child, next(child, "sv"));
            child.keyboard().press("Enter");
            settle(child);
            tabTo(child, child.getByRole(AriaRole.RADIOGROUP));
            child.keyboard().press("Space");
            settle(child);
            picture = checkedIndex(child);
            tabTo(child, send(child, "sv"));
            child.keyboard().press("Enter");
            settle(child);
            assertThat(heading(child)).hasText(sv("consultation.answer.end.title"));
            assertAccessible(child);
        } finally {
            closeScreen(child);
        }
    }

    @Test
    @Order(3)
    void theChildsScreensAreTheSameInNorthSami() {
        Page child = phone();
        try {
            open(child, "barn?lang=se");
            assertThat(heading(child)).hasText(Translations.text("se", "consultation.start.title"));
            assertAccessible(child);
            tabTo(child, codeField(child, "se"));
            child.keyboard().type(code.toLowerCase().replace("-", " "));
            child.keyboard().press("Enter");
            child.waitForURL("**/barn/klass**");
            open(child, "barn/klass?lang=se");
            assertAccessible(child);
            open(child, "barn/svara?lang=se");
            assertThat(child.getByText(Translations.text("se", "consultation.answer.progress.label")
                    .replace("{0}", "1").replace("{1}", "2"))).hasText(Translations.text("se", "consultation.answer.progress.label")
                    .replace("{0}", "1").replace("{1}", "2"));
            assertAccessible(child);
            tabTo(child, next(child, "se"));
            child.keyboard().press("Enter");
            settle(child);
            assertAccessible(child);
            tabTo(child, send(child, "se"));
            child.keyboard().press("Enter");
            settle(child);
            assertThat(heading(child)).hasText(Translations.text("se", "consultation.answer.end.title"));
            assertAccessible(child);
        } finally {
            closeScreen(child);
        }
    }

    @Test
    @Order(4)
    void everyFigureIsFewerThanFiveUntilFiveChildrenHaveAnswered() {
        login(page, handler, StaffFixtures.PASSWORD);
        // Two answers so far: every figure is "fewer than 5".
        open(page, staffPath);
        assertThat(page.getByText(sv("consultation.staff.results.responses.label") + ": " + sv("consultation.staff.results.fewer.text"))).isVisible();
        // (no bare number anywhere in the tables: zero answers for a choice also hide in a small cell)
        assertThat(results().getByRole(AriaRole.CELL).filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^[0-9]+$")))).hasCount(0);

        // Four more children give the same answers as the first one: now five of them count.
        var entry = children.entry(code).orElseThrow();
        var questions = children.byCode(code, "sv").orElseThrow().questions();
        String pictureId = String.valueOf(questions.get(1).pictures().get(picture).id());
        for (int i = 0; i < 4; i++) {
            children.submit(entry, Map.of(questions.get(0).id(), String.valueOf(smiley), questions.get(1).id(), pictureId));
        }
        open(page, staffPath);
        assertThat(page.getByText(sv("consultation.staff.results.responses.label") + ": 6")).isVisible();
        assertThat(results().getByRole(AriaRole.CELL).filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^5$")))).not().hasCount(0);
    }

    @Test
    @Order(5)
    void theCommitteesFeedbackReachesTheChildBehindTheSameCode() {
        login(page, handler, StaffFixtures.PASSWORD);
        open(page, staffPath);
        // Staff publish what happened; the child sees it behind the same code.
        page.getByLabel(sv("consultation.staff.feedback.text.label")).fill("Vi har byggt en ny gunga i parken.\n\nTack för att du svarade!");
        button(sv("consultation.staff.feedback.publish.action")).click();
        settle(page);
        Page child = phone();
        try {
            open(child, "barn?lang=sv");
            tabTo(child, codeField(child, "sv"));
            child.keyboard().type(code.toLowerCase().replace("-", " "));
            child.keyboard().press("Enter");
            child.waitForURL("**/barn/klass**");
            open(child, "barn/klass?lang=sv");
            assertThat(child.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(sv("consultation.feedback.section.title")))).isVisible();
            assertThat(child.getByText("Vi har byggt en ny gunga i parken.")).isVisible();
            assertAccessible(child);
            open(child, "barn/klass?lang=se");
            assertAccessible(child);
        } finally {
            closeScreen(child);
        }
    }

    /** A phone (390 × 844) of its own, as a child's. */
    private Page phone() {
        return newScreen(390, 844);
    }

    /** The question on the child's screen: its heading (level 2, under the consultation's title), which the answers are labelled by. */
    private static Locator question(Page p, String text) {
        return p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(text).setExact(true));
    }

    /** The child's "your code" field, in the child's language. */
    private static Locator codeField(Page p, String language) {
        return p.getByLabel(Translations.text(language, "consultation.start.code.label"), new Page.GetByLabelOptions().setExact(true));
    }

    /** The progress dots, a list named "Fråga 1 av 2" (in the child's language). */
    private static Locator progress(Page p, String language, int current, int total) {
        String name = Translations.text(language, "consultation.answer.progress.label")
                .replace("{0}", String.valueOf(current)).replace("{1}", String.valueOf(total));
        return p.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** "Nästa" on a question that is not the last. */
    private static Locator next(Page p, String language) {
        return childButton(p, Translations.text(language, "consultation.answer.next.action"));
    }

    /** "Skicka mina svar" on the last question. */
    private static Locator send(Page p, String language) {
        return childButton(p, Translations.text(language, "consultation.answer.send.action"));
    }

    private static Locator childButton(Page p, String name) {
        return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator checkbox(String label) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    /** Picks {@code option} in the drop-down list labelled {@code label} in a part of the page. */
    private void choose(Locator part, String label, String option) {
        part.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(label)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    /** A part of the staff page, named by its heading ("Klasskoder", "Resultat", …). */
    private Locator region(String name) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The staff page's results (every table of figures in it). */
    private Locator results() {
        return region(sv("consultation.staff.results.title"));
    }

    /** An uploaded picture's fields, waiting for their question: a group named by the file. */
    private Locator picture(String fileName) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(fileName).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Which answer (0, 1, …) is chosen: the index of the checked radio button among the answers. */
    private static int checkedIndex(Page p) {
        java.util.List<Locator> answers = p.getByRole(AriaRole.RADIO).all();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).isChecked()) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] png(Color color) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 16, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
