package se.medverka.legal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.Consultations;
import se.medverka.consultation.QuestionType;
import se.medverka.dialogue.DialogueAdmin;
import se.medverka.dialogue.ModerationMode;
import se.medverka.dialogue.QuestionKind;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.Translations;

/**
 * Privacy notices (GDPR art. 13) where personal data is collected: the complaint form, a dialogue's
 * e-mail field and a children's consultation (in the words of the child's age band). Each names the
 * controller and gives the retention and the data protection officer's contact from the settings
 * (P3Y and dso.test@stad.example: the browser tests' settings in the failsafe configuration).
 */
class PrivacyNoticesIT extends BrowserTestBase {

    @Autowired StaffFixtures staff;
    @Autowired DialogueAdmin dialogues;
    @Autowired Consultations consultations;
    @Autowired se.medverka.consultation.ConsultationQuestions questions;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theComplaintFormSaysWhoIsResponsibleHowLongFromTheRealSettingAndHowToReachTheOfficer() {
        for (String code : List.of("sv", "fi", "yi")) {
            open(page, "klagomal?lang=" + code);
            Locator notice = notice(page, code);
            assertThat(notice).containsText(Translations.text(code, "legal.notice.complaint.controller.text"));
            notice.getByText(Translations.text(code, "legal.notice.more.label")).click();
            assertThat(notice.getByText(Translations.text(code, "legal.notice.retention.label"))).isVisible();
            assertThat(notice).containsText(Map.of("sv", "3 år", "fi", "3 vuotta", "yi", "3").get(code));
            assertThat(notice).containsText("dso.test@stad.example");
            assertThat(notice.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName(Translations.text(code, "legal.notice.page.action")))).isVisible();
            assertAccessible(page);
        }
    }

    @Test
    void aDialoguesEmailFieldNamesTheDialoguesCommittee() {
        long committee = staff.committeeId("sdn-farsta");
        long id = StaffFixtures.asAdmin(() -> {
            long created = dialogues.create(new DialogueAdmin.Draft(committee,
                    Map.of("sv", new DialogueAdmin.Texts("Badplatsen i Farsta", "Vad behövs vid badet?", "Berätta för oss.")),
                    Set.of("farsta"), Set.of("child_rights"), Set.of("participation_influence"),
                    LocalDate.now(CityTime.ZONE).minusDays(1), LocalDate.now(CityTime.ZONE).plusDays(30), true, true, true, ModerationMode.POST, 3));
            dialogues.saveQuestions(created, List.of(new DialogueAdmin.QuestionDraft(QuestionKind.FREE_TEXT,
                    Map.of("sv", "Vad saknas?"), Map.of())));
            dialogues.publish(created);
            return created;
        });
        open(page, "dialog/" + id);
        Locator notices = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Translations.sv("legal.notice.title")));
        assertThat(notices.first()).containsText("Farsta");
        assertThat(notices.first()).containsText(Translations.sv("legal.notice.dialogue.short.text").substring(0, 20));
        notices.first().getByText(Translations.sv("legal.notice.more.label")).click();
        // The address retention in words, from the settings the retention job uses (P30D, P1Y by default).
        assertThat(notices.first()).containsText(Translations.sv("legal.notice.dialogue.retention.text")
                .replace("{0}", "30 dygn").replace("{1}", "1 år"));
        assertAccessible(page);

        // After the answer: "Who do we reach?", optional, said what is kept, and by keyboard-usable controls.
        page.getByLabel("Vad saknas?").fill("Fler bänkar.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("dialogue.page.answers.send.action"))).click();
        settle(page);
        Locator reach = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Translations.sv("dialogue.reach.title")));
        assertThat(reach).containsText(Translations.sv("dialogue.reach.intro.text"));
        assertThat(reach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Translations.sv("dialogue.reach.skip.action")))).isVisible();
        assertAccessible(page);
        reach.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Translations.sv("dialogue.reach.gender.other.label"))).check();
        reach.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Translations.sv("dialogue.reach.send.action"))).click();
        settle(page);
        assertThat(page.getByText(Translations.sv("dialogue.reach.thanks.text"))).isVisible();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select n from dialogue_reach where dialogue_id = :d and question = 'GENDER' and answer = 'other'")
                .param("d", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChildOfEachAgeBandIsToldInTheirOwnWordsThatNobodyKnowsWhoTheyAre() {
        long committee = staff.committeeId("kulturnamnden");
        long id = StaffFixtures.asAdmin(() -> {
            long created = consultations.create(new Consultations.NewConsultation("Biblioteket", committee,
                    Set.of(AgeBand.B6_9, AgeBand.B10_12, AgeBand.B13_17), List.of("sv", "fi"), true));
            Map<String, String> text = Map.of("sv", "Vad tycker du om biblioteket?", "fi", "Mitä pidät kirjastosta?");
            questions.addQuestion(created, QuestionType.SMILEY,
                    Map.of(AgeBand.B6_9, text, AgeBand.B10_12, text, AgeBand.B13_17, text), List.of());
            Map<String, String> intro = Map.of("sv", "Biblioteket", "fi", "Kirjasto");
            consultations.saveIntros(created, Map.of(AgeBand.B6_9, intro, AgeBand.B10_12, intro, AgeBand.B13_17, intro));
            consultations.open(created);
            return created;
        });
        for (AgeBand band : AgeBand.values()) {
            String key = "legal.notice.child." + band.name().toLowerCase() + ".";
            for (String code : List.of("sv", "fi")) {
                open(page, "barn/svara?k=" + id + "&band=" + band.name() + "&lang=" + code);
                Locator notice = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Translations.text(code, key + "title")));
                assertThat(notice).containsText(Translations.text(code, key + "text"));
                notice.getByText(Translations.text(code, "legal.notice.child.more.label")).click();
                assertThat(notice).containsText("Kulturnämnden");
                assertAccessible(page);
            }
        }
    }

    private static Locator notice(Page p, String code) {
        return p.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Translations.text(code, "legal.notice.title")));
    }
}
