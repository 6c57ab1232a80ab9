package se.medverka.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.medverka.shared.security.StaffRole;
import se.medverka.staff.StaffAccounts;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;
import se.medverka.testsupport.Translations;

/**
 * A dialogue from start to feedback in real browsers: staff create and publish it in Swedish with
 * a Finnish translation, a resident answers and proposes in Finnish, another resident reports the
 * proposal, a moderator approves it (pre-moderation), staff publish feedback and the mail arrives.
 */
class DialogueJourneyIT extends BrowserTestBase {

    @Autowired StaffFixtures staff;
    @Autowired StaffAccounts accounts;

    private static String sv(String key) {
        return Translations.sv(key);
    }

    private static String fi(String key) {
        return Translations.text("fi", key);
    }

    @Test
    void staffPublishAResidentTakesPartInFinnishAndIsToldTheFeedback() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String user = staff.member("dlg-" + suffix, StaffRole.HANDLER, "sdn-skarholmen");
        long committee = staff.committeeId("sdn-skarholmen");
        StaffFixtures.asAdmin(() -> {
            long id = accounts.accounts().stream().filter(a -> a.username().equals(user)).findFirst().orElseThrow().id();
            return accounts.grant(id, StaffRole.MODERATOR, committee);
        });
        String title = "Torget i Skärholmen " + suffix;
        String titleFi = "Skärholmenin tori " + suffix;

        // Staff create the dialogue with pre-moderation, a question, and publish it.
        login(page, user, StaffFixtures.PASSWORD);
        page.waitForURL("**/personal");
        open(page, "personal/dialoger");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("dialogue.staff.create.action")).setExact(true)).click();
        page.waitForURL("**/personal/dialoger/ny");
        settle(page);
        page.getByLabel(sv("dialogue.editor.texts.title.label").replace("{0}", "svenska")).fill(title);
        page.getByLabel(sv("dialogue.editor.texts.summary.label").replace("{0}", "svenska")).fill("Hur ska torget bli?");
        page.getByLabel(sv("dialogue.editor.texts.body.label").replace("{0}", "svenska")).fill("Vi bygger om torget.");
        page.getByText(sv("dialogue.editor.texts.optional.label").replace("{0}", "suomi")).click();
        page.getByLabel(sv("dialogue.editor.texts.title.label").replace("{0}", "suomi")).fill(titleFi);
        page.getByLabel(sv("dialogue.editor.texts.summary.label").replace("{0}", "suomi")).fill("Millainen torista tulee?");
        page.getByLabel(sv("dialogue.editor.texts.body.label").replace("{0}", "suomi")).fill("Rakennamme torin uudelleen.");
        page.getByText(sv("dialogue.editor.moderation.pre.label")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("dialogue.editor.save.action")).setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/personal/dialoger/\\d+$"));
        settle(page);
        String dialogueId = page.url().substring(page.url().lastIndexOf('/') + 1);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("dialogue.editor.questions.add.action")).setExact(true)).click();
        settle(page);
        page.getByLabel("Fråga 1 (svenska)").fill("Vad saknar du på torget?");
        page.getByText("Fråga 1 på suomi").click();
        page.getByLabel("Fråga 1 (suomi)").fill("Mitä kaipaat torilta?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("dialogue.editor.questions.save.action")).setExact(true)).click();
        settle(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("dialogue.editor.publish.action")).setExact(true)).click();
        settle(page);
        assertThat(page.getByText(sv("dialogue.editor.status.text").replace("{0}", sv("dialogue.status.published.label")))).isVisible();

        // A resident finds it in the list and answers in Finnish, leaving an e-mail.
        Page resident = newPerson();
        open(resident, "dialog?lang=fi");
        assertThat(resident.getByText(titleFi)).isVisible();
        assertAccessible(resident);
        resident.getByText(titleFi).click();
        settle(resident);
        assertThat(heading(resident)).hasText(titleFi);
        resident.getByLabel("Mitä kaipaat torilta?").fill("Penkkejä ja varjoa.");
        String email = "asukas-" + suffix + "@example.fi";
        resident.getByLabel(fi("dialogue.page.email.label")).first().fill(email);
        resident.getByText(fi("dialogue.page.answers.send.action")).click();
        settle(resident);
        assertThat(resident.getByText(fi("dialogue.page.answers.sent.message")).first()).isVisible();

        // The confirmation link arrives and is opened.
        MimeMessage confirm = awaitMail(email, Translations.text("fi", "mail.dialogue.confirm.subject").replace("{0}", titleFi));
        Matcher token = Pattern.compile("/dialog/bekrafta/([0-9a-f-]{36})").matcher(String.valueOf(confirm.getContent()));
        assertThat(token.find()).isTrue();
        open(resident, "dialog/bekrafta/" + token.group(1));
        assertThat(resident.getByText(fi("dialogue.confirm.done.text"))).isVisible();

        // The resident sends a proposal; under pre-moderation it waits for approval.
        open(resident, "dialog/" + dialogueId + "?lang=fi");
        assertAccessible(resident);
        resident.getByLabel(fi("dialogue.proposal.title.label")).fill("Lisää penkkejä");
        resident.getByLabel(fi("dialogue.proposal.body.label")).fill("Torille tarvitaan penkkejä.");
        resident.getByText(fi("dialogue.proposal.form.send.action")).click();
        settle(resident);
        assertThat(resident.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("MV-"))).isVisible();
        // Pre-moderated: no proposal is shown yet (proposals are articles).
        assertThat(resident.getByRole(AriaRole.ARTICLE)).hasCount(0);

        // The moderator approves it in the queue.
        open(page, "personal/moderering");
        assertThat(page.getByText("Torille tarvitaan penkkejä.")).isVisible();
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(sv("dialogue.moderation.approve.action") + ": Lisää penkkejä")).click();
        settle(page);

        open(resident, "dialog/" + dialogueId + "?lang=fi");
        assertThat(resident.getByRole(AriaRole.ARTICLE).getByRole(AriaRole.HEADING,
                new Locator.GetByRoleOptions().setLevel(3))).hasText("Lisää penkkejä");

        // Another resident reports it, with a reason, by keyboard.
        Page other = newPerson();
        open(other, "dialog/" + dialogueId);
        other.getByText(sv("dialogue.flag.open.action")).first().focus();
        other.keyboard().press("Enter");
        other.getByLabel(sv("dialogue.flag.reason.label")).fill("Reklam");
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("dialogue.flag.form.send.action")).setExact(true)).click();
        settle(other);
        assertThat(other.getByText(sv("dialogue.flag.form.sent.message"))).isVisible();
        open(page, "personal/moderering");
        assertThat(page.getByText("Reklam", new Page.GetByTextOptions().setExact(false))).isVisible();

        // Staff close the dialogue and publish the feedback; the confirmed participant is mailed.
        open(page, "personal/dialoger/" + dialogueId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("dialogue.editor.close.action")).setExact(true)).click();
        settle(page);
        page.getByLabel(sv("dialogue.editor.feedback.text.label").replace("{0}", "svenska")).fill("Vi ställer ut tio bänkar.");
        page.getByLabel(sv("dialogue.editor.feedback.text.label").replace("{0}", "suomi")).fill("Tuomme torille kymmenen penkkiä.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("dialogue.editor.feedback.publish.action")).setExact(true)).click();
        settle(page);
        MimeMessage feedback = awaitMail(email, Translations.text("fi", "mail.dialogue.feedback.subject").replace("{0}", titleFi));
        assertThat(String.valueOf(feedback.getContent())).contains("/dialog/" + dialogueId);

        open(resident, "dialog/" + dialogueId + "?lang=fi");
        assertThat(resident.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName(fi("dialogue.page.feedback.title")).setExact(true))).isVisible();
        assertThat(resident.getByText("Tuomme torille kymmenen penkkiä.")).isVisible();
        assertAccessible(resident);
    }

    private static MimeMessage awaitMail(String to, String subject) {
        MimeMessage[] found = new MimeMessage[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            found[0] = Arrays.stream(TestEnvironment.mail().getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(to) && subject.equals(m.getSubject());
                } catch (Exception e) {
                    return false;
                }
            }).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }
}
