package se.medverka.dialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.Translations;

/**
 * The assisted channel for dialogues: a staff member registers a resident's answers given on the
 * phone in Finnish and prints the receipt; a proposal is registered by keyboard alone; the
 * committee's "Who do we reach?" figures pass axe in Swedish and Yiddish.
 */
class AssistedDialogueIT extends BrowserTestBase {

    @Autowired StaffFixtures staff;
    @Autowired DialogueAdmin admin;
    @Autowired JdbcClient jdbc;
    @Autowired Reach reach;

    @Test
    void aStaffMemberRegistersAResidentsAnswersGivenOnThePhoneInFinnishAndPrintsTheReceipt() {
        String title = "Kirjastopolku " + System.nanoTime();
        long dialogue = openDialogue(title);
        String desk = staff.member("answers-" + System.nanoTime(), StaffRole.HANDLER, "kulturnamnden");
        login(page, desk, StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Translations.sv("dialogue.assisted.answers.nav.label"))).click();
        page.waitForURL("**/personal/bistand/svar");
        settle(page);
        assertAccessible(page);

        // Nothing chosen: a clear message, no questions, nothing stored.
        long before = answers();
        button(Translations.sv("dialogue.assisted.answers.show.action")).click();
        settle(page);
        assertThat(page.getByRole(AriaRole.ALERT).getByText(Translations.sv("dialogue.assisted.channel.error.required"))).isVisible();

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Translations.sv("dialogue.assisted.channel.phone.label"))).check();
        page.getByLabel(Translations.sv("dialogue.assisted.dialogue.label")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(title)).click();
        page.getByLabel(Translations.sv("dialogue.assisted.language.label")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("suomi")).click();
        button(Translations.sv("dialogue.assisted.answers.show.action")).click();
        settle(page);

        // The questions in the resident's language, as on the dialogue's own page.
        page.getByLabel("Mitä puuttuu?").fill("Penkkejä ja valoja polun varteen.");
        assertAccessible(page);
        button(Translations.sv("dialogue.assisted.answers.send.action")).click();
        settle(page);

        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Translations.sv("dialogue.assisted.answers.done.text"));
        Locator receipt = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(Translations.text("fi", "dialogue.assisted.answers.receipt.title")));
        assertThat(receipt).isVisible();
        assertThat(page.getByText(title)).isVisible();
        assertThat(page.getByText(Translations.text("fi", "dialogue.assisted.answers.receipt.results.text"))).isVisible();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(button(Translations.sv("dialogue.assisted.print.action"))).isHidden();
        assertThat(receipt).isVisible();
        // On paper the staff frame is left out, and with it the only place the staff member's name was.
        assertThat(page.getByText(desk)).isHidden();
        assertAccessible(page);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        assertThat(answers()).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.sql("""
                select p.channel, a.language, p.id from dialogue_answer a join dialogue_participant p on p.id = a.participant_id
                where a.dialogue_id = :d""").param("d", dialogue).query().singleRow();
        assertThat(row).containsEntry("channel", "PHONE").containsEntry("language", "fi");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'ANSWERS_ASSISTED' and actor = :who and subject_id = :id")
                .param("who", desk).param("id", String.valueOf(row.get("id"))).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aProposalIsRegisteredForAResidentWithTheKeyboardAlone() {
        String title = "Bänkar vid stigen " + System.nanoTime();
        openDialogue(title);
        String desk = staff.member("keys-" + System.nanoTime(), StaffRole.HANDLER, "kulturnamnden");
        login(page, desk, StaffFixtures.PASSWORD);
        open(page, "personal/bistand/forslag");
        assertAccessible(page);
        Keyboard keys = page.keyboard();

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Translations.sv("dialogue.assisted.channel.visit.label"))).focus();
        keys.press("Space");
        keys.press("Tab"); // the dialogue: typed, then the one match chosen
        keys.type(title);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(title)).waitFor();
        keys.press("ArrowDown");
        keys.press("Enter");
        keys.press("Tab"); // the resident's language stays Swedish
        keys.press("Tab");
        keys.type("Fler bänkar");
        keys.press("Tab");
        keys.type("Äldre behöver kunna vila längs stigen.");
        keys.press("Tab"); // the optional address stays empty
        keys.press("Tab");
        keys.press("Enter");
        settle(page);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Translations.sv("dialogue.assisted.receipt.title")))).isVisible();
        assertThat(jdbc.sql("select channel from dialogue_post where title = 'Fler bänkar' and body like 'Äldre behöver%'")
                .query(String.class).list()).containsExactly("VISIT");
        assertAccessible(page);
    }

    @Test
    void theCommitteeSeesWhoItReachesWithSmallCellsProtectedInSwedishAndYiddish() {
        String title = "Vilka når vi " + System.nanoTime();
        long dialogue = openDialogue(title);
        // Twelve residents aged 30–49, seven aged 18–29 and two aged 65–79, each from an address of their own.
        for (int i = 0; i < 21; i++) {
            reach.record(dialogue, i < 12 ? "30_49" : i < 19 ? "18_29" : "65_79", null, null, "198.51.100." + (i + 1));
        }
        String handler = staff.member("reach-" + System.nanoTime(), StaffRole.HANDLER, "kulturnamnden");
        login(page, handler, StaffFixtures.PASSWORD);
        int minCell = StaffFixtures.asAdmin(reach::minCell);
        for (String code : List.of("sv", "yi")) {
            open(page, "personal/dialoger/" + dialogue + "?lang=" + code);
            Locator section = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                    .setName(Translations.text(code, "dialogue.editor.reach.title")));
            // Twelve is shown; the two only as "fewer than" the threshold, and the seven hidden so that
            // the two cannot be worked out from the total.
            assertThat(section.getByText(Translations.text(code, "dialogue.editor.reach.count.text")
                    .replace("{0}", Translations.text(code, "dialogue.reach.age.30_49.label")).replace("{1}", "12"))).isVisible();
            assertThat(section.getByText(Translations.text(code, "dialogue.editor.reach.fewer.text")
                    .replace("{0}", Translations.text(code, "dialogue.reach.age.65_79.label"))
                    .replace("{1}", String.valueOf(minCell)))).isVisible();
            assertThat(section.getByText(Translations.text(code, "dialogue.editor.reach.hidden.text")
                    .replace("{0}", Translations.text(code, "dialogue.reach.age.18_29.label")))).isVisible();
            assertAccessible(page);
        }
    }

    private long openDialogue(String title) {
        long committee = staff.committeeId("kulturnamnden");
        return StaffFixtures.asAdmin(() -> {
            long created = admin.create(new DialogueAdmin.Draft(committee,
                    Map.of("sv", new DialogueAdmin.Texts(title, "Vad behövs längs stigen?", "Berätta för oss."),
                            "fi", new DialogueAdmin.Texts(title, "Mitä polun varrelle tarvitaan?", "Kerro meille.")),
                    Set.of("farsta"), Set.of("child_rights"), Set.of("participation_influence"),
                    LocalDate.now(CityTime.ZONE).minusDays(1), LocalDate.now(CityTime.ZONE).plusDays(30), true, true, true, ModerationMode.POST, 3));
            admin.saveQuestions(created, List.of(new DialogueAdmin.QuestionDraft(QuestionKind.FREE_TEXT,
                    Map.of("sv", "Vad saknas?", "fi", "Mitä puuttuu?"), Map.of())));
            admin.publish(created);
            return created;
        });
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private long answers() {
        return jdbc.sql("select count(*) from dialogue_answer").query(Long.class).single();
    }
}
