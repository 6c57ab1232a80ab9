package se.medverka.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.council.CouncilKind;
import se.medverka.council.Councils;
import se.medverka.council.MemberRole;
import se.medverka.council.internal.ReferralReminderJob;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;
import se.medverka.testsupport.Translations;

/**
 * Councils and referrals in real browsers, as people see them (issue 15's "done when"): staff
 * create a council and invite a Swedish and a Finnish member, who sign in from their mails, see the
 * meeting and approve the minutes, which then appear publicly; staff send a referral to the council
 * and a committee, the council asks for more time and gets it, both answer, the answers become
 * cases with numbers, and the late one is reminded by mail.
 */
class CouncilJourneyIT extends BrowserTestBase {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired StaffFixtures staff;
    @Autowired Councils councils;
    @Autowired ReferralReminderJob reminders;
    @Autowired JdbcClient jdbc;
    @Autowired se.medverka.dialogue.DialogueAdmin dialogueAdmin;
    @Autowired se.medverka.dialogue.DialogueInvitations invitations;

    private static String sv(String key) {
        return Translations.sv(key);
    }

    private static String fi(String key) {
        return Translations.text("fi", key);
    }

    @Test
    void aCouncilsMembersSignInFromTheirMailAndApproveTheMinutesWhichThenArePublic() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String user = staff.member("rad-" + suffix, StaffRole.HANDLER, "kulturnamnden");
        String name = "MR-rådet " + suffix;

        // Staff create the council with a Finnish name.
        login(page, user, StaffFixtures.PASSWORD);
        open(page, "personal/rad");
        assertAccessible(page);
        page.getByLabel(sv("council.edit.kind.label")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(sv("council.kind.programme.label"))).click();
        page.getByLabel(sv("council.edit.name.language.label").replace("{0}", "svenska")).fill(name);
        page.getByLabel(sv("council.edit.name.language.label").replace("{0}", "suomi")).fill("Ihmisoikeusneuvosto " + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.edit.create.action"))).click();
        page.waitForURL(Pattern.compile(".*/personal/rad/\\d+$"));
        settle(page);
        String councilPath = page.url().substring(page.url().indexOf("personal/rad/"));

        // Two members: the chair in Swedish, an expert in Finnish (by keyboard where it is a choice).
        String chairMail = "ordf-" + suffix + "@example.org";
        String expertMail = "asiantuntija-" + suffix + "@example.fi";
        invite(page, "Parasto Nosrati", MemberRole.CHAIR, chairMail, null);
        invite(page, "Rebecca Rubin", MemberRole.EXPERT, expertMail, "suomi");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Rebecca Rubin").setExact(true))).isVisible();
        assertAccessible(page);

        // A meeting next week with two numbered items, the second with a PDF; the invitation goes out.
        String day = LocalDate.now(CityTime.ZONE).plusDays(7).toString();
        page.getByLabel(sv("council.meeting.date.label")).fill(day);
        page.getByLabel(sv("council.meeting.date.label")).press("Enter");
        page.getByLabel(sv("council.meeting.place.label")).fill("Stadshuset");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.meeting.create.action"))).click();
        page.waitForURL(Pattern.compile(".*/personal/rad/mote/\\d+$"));
        settle(page);
        String meetingId = page.url().substring(page.url().lastIndexOf('/') + 1);
        addItem(page, "Mötet öppnas", null);
        addItem(page, "Handlingsplaner inom MR-programmet", PDF);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("§ 2 Handlingsplaner inom MR-programmet"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.meeting.invite.action"))).click();
        settle(page);
        MimeMessage invitation = awaitMail(expertMail, fi("mail.council.meeting.subject").substring(0, 11));
        assertThat(calendar(invitation)).contains("BEGIN:VEVENT").contains("Stadshuset");

        // Staff write the minutes and send them for approval by the chair and the expert.
        page.getByLabel(sv("council.minutes.item.label").replace("{0}", "1")).fill("Ordföranden förklarar sammanträdet öppnat.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.minutes.save.action").replace("{0}", "1"))).click();
        settle(page);
        page.getByLabel(sv("council.minutes.item.label").replace("{0}", "2")).fill("Rådet diskuterar utmaningarna.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.minutes.save.action").replace("{0}", "2"))).click();
        settle(page);
        page.getByLabel("Rebecca Rubin").check();
        page.getByLabel(sv("council.minutes.approveby.label")).fill(LocalDate.now(CityTime.ZONE).plusDays(14).toString());
        page.getByLabel(sv("council.minutes.approveby.label")).press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.minutes.submit.action"))).click();
        settle(page);
        assertThat(page.getByText(sv("council.minutes.approver.waiting.text").replace("{0}", "Rebecca Rubin")
                .replace("{1}", sv("council.role.expert.label")))).isVisible();

        // The chair signs in from the invitation mail, sees the meeting and approves.
        Page chair = newPerson();
        open(chair, signInPath(awaitMail(chairMail, "Välkommen till " + name)));
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.signin.confirm.action"))).click();
        chair.waitForURL("**/rad/mina");
        settle(chair);
        assertThat(chair.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        assertAccessible(chair);
        chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("\\d"))).first().click();
        chair.waitForURL("**/rad/mote/" + meetingId);
        settle(chair);
        assertThat(chair.getByText("Ordföranden förklarar sammanträdet öppnat.")).isVisible();
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.meeting.approve.action"))).click();
        settle(chair);

        // Not public yet: the expert has not approved.
        Page resident = newPerson();
        open(resident, "rad/protokoll/" + meetingId);
        assertThat(resident.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(sv("council.error.notfound")))).isVisible();

        // The Finnish expert signs in from her mail (in Finnish), by keyboard, and approves.
        Page expert = newPerson();
        MimeMessage welcome = awaitMail(expertMail, "Tervetuloa: Ihmisoikeusneuvosto " + suffix);
        open(expert, signInPath(welcome) + "?lang=fi");
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(fi("council.signin.confirm.action"))).focus();
        expert.keyboard().press("Enter");
        expert.waitForURL("**/rad/mina");
        open(expert, "rad/mote/" + meetingId + "?lang=fi");
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(fi("council.meeting.approve.action"))).click();
        settle(expert);
        assertThat(expert.getByText(fi("council.meeting.published.message"))).isVisible();

        // Now the minutes are public, with who approved and when, in Swedish and in Yiddish.
        open(resident, "rad/protokoll/" + meetingId);
        assertThat(resident.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("§ 1 Mötet öppnas"))).isVisible();
        assertThat(resident.getByText(Pattern.compile("Rebecca Rubin \\(Sakkunnig\\) justerade"))).isVisible();
        assertAccessible(resident);
        open(resident, councilPath.replace("personal/", ""));
        assertThat(resident.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Parasto Nosrati").setExact(true))).isVisible();
        assertThat(resident.getByText(chairMail)).hasCount(0);
        assertAccessible(resident);
        open(resident, councilPath.replace("personal/", "") + "?lang=yi");
        assertAccessible(resident);
    }

    @Test
    void aReferralIsAnsweredByACouncilAfterAnExtensionAndByACommitteeAndTheLateOneIsReminded() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String user = staff.member("remiss-" + suffix, StaffRole.HANDLER, "kulturnamnden");
        long culture = staff.committeeId("kulturnamnden");
        String councilName = "Minoritetsrådet " + suffix;
        String chairMail = "min-" + suffix + "@example.org";
        StaffFixtures.asHandler(user, culture, () -> {
            long council = councils.create(new Councils.NewCouncil(CouncilKind.NATIONAL_MINORITIES, culture, Map.of(Language.SV, councilName)));
            return councils.invite(council, new Councils.NewMember("Ordförande " + suffix, null, MemberRole.CHAIR,
                    LocalDate.now(CityTime.ZONE), LocalDate.now(CityTime.ZONE).plusYears(1), chairMail, Language.SV));
        });
        String title = "Handlingsplan mot rasism " + suffix;
        String organisationName = "Romska föreningen " + suffix;
        String organisationMail = "romska-" + suffix + "@example.org";

        login(page, user, StaffFixtures.PASSWORD);
        // An organisation is registered first (name, address, language), from the referrals page's link.
        open(page, "personal/remisser");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sv("council.organisations.manage.action"))).click();
        page.waitForURL(Pattern.compile(".*/personal/organisationer$"));
        settle(page);
        page.getByLabel(sv("council.organisation.name.label")).fill(organisationName);
        page.getByLabel(sv("council.organisation.email.label")).fill(organisationMail);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.organisation.add.action"))).click();
        settle(page);
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(organisationName).setExact(true))).isVisible();
        assertAccessible(page);
        open(page, "personal/remisser");
        assertAccessible(page);
        page.getByLabel(sv("council.referral.title.label")).fill(title);
        page.getByLabel(sv("council.referral.summary.label")).fill("Kulturnämnden remitterar handlingsplanen.");
        page.getByLabel(sv("council.referral.deadline.label")).fill(LocalDate.now(CityTime.ZONE).plusDays(20).toString());
        page.getByLabel(sv("council.referral.deadline.label")).press("Enter");
        // Refused without recipients, and nothing is sent.
        upload(page, "remiss.pdf", PDF);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.referral.send.action"))).click();
        settle(page);
        assertThat(page.getByRole(AriaRole.ALERT).getByText(sv("council.referral.recipients.error.required")).first()).isVisible();
        page.getByLabel(councilName).check();
        page.getByLabel("Utbildningsnämnden").check();
        page.getByLabel(organisationName).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.referral.send.action"))).click();
        page.waitForURL(Pattern.compile(".*/personal/remisser/\\d+$"));
        settle(page);
        String referralPath = page.url().substring(page.url().indexOf("personal/remisser/"));

        // The council's chair asks for more time through the link in the referral mail.
        Page council = newPerson();
        open(council, answerPath(awaitMail(chairMail, "Remiss: " + title)));
        assertAccessible(council);
        council.getByLabel(sv("council.answer.extension.date.label")).fill(LocalDate.now(CityTime.ZONE).plusDays(40).toString());
        council.getByLabel(sv("council.answer.extension.date.label")).press("Enter");
        council.getByLabel(sv("council.answer.extension.reason.label")).fill("Rådet möts först om en månad.");
        council.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.answer.extension.action"))).click();
        settle(council);
        assertThat(council.getByText(sv("council.answer.extension.sent.message"))).isVisible();

        // Staff see the request and grant it.
        open(page, referralPath);
        assertThat(page.getByText(Pattern.compile("Rådet möts först om en månad"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(sv("council.overview.extension.action").replace("{0}", councilName))).click();
        settle(page);
        assertThat(page.getByText(sv("council.overview.extension.granted.message").replace("{0}", councilName))).isVisible();
        assertAccessible(page);

        // The committee answers with a PDF and gets its case number; so does the council later.
        String registry = jdbc.sql("select registry_mailbox from routing_committee where code = 'utbildningsnamnden'")
                .query(String.class).single();
        Page committee = newPerson();
        open(committee, answerPath(awaitMail(registry, "Remiss: " + title)));
        committee.getByLabel(sv("council.answer.text.label")).fill("Utbildningsnämnden ställer sig bakom planen.");
        upload(committee, "yttrande.pdf", PDF);
        committee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.answer.send.action"))).click();
        settle(committee);
        assertThat(committee.getByRole(AriaRole.STATUS)).containsText("MV-");

        // A file that is not a PDF is refused, whatever its name.
        open(council, council.url().substring(council.url().indexOf("remiss/")));
        council.getByLabel(sv("council.answer.text.label")).fill("Rådet yttrar sig.");
        upload(council, "bilaga.pdf", "GIF89a".getBytes(StandardCharsets.US_ASCII));
        council.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.answer.send.action"))).click();
        settle(council);
        assertThat(council.getByRole(AriaRole.ALERT).getByText(sv("council.document.error.notpdf")).first()).isVisible();

        // The council's new last day passes without an answer: one reminder mail.
        jdbc.sql("""
                update council_referral_recipient set deadline = current_date - 1
                where council_id is not null and referral_id = :r""")
                .param("r", Long.parseLong(referralPath.substring(referralPath.lastIndexOf('/') + 1))).update();
        reminders.remindDue();
        awaitMail(chairMail, "Påminnelse: remissen " + title);
        open(page, referralPath);
        assertThat(page.getByText(sv("council.overview.status.late.text"), new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(Pattern.compile("^MV-")))).hasCount(1);

        // The registered organisation answers through the link in its mail, like the council and the committee.
        Page organisation = newPerson();
        open(organisation, answerPath(awaitMail(organisationMail, "Remiss: " + title)));
        organisation.getByLabel(sv("council.answer.text.label")).fill("Föreningen tillstyrker planen.");
        organisation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.answer.send.action"))).click();
        settle(organisation);
        assertThat(organisation.getByRole(AriaRole.STATUS)).containsText("MV-");
        open(page, referralPath);
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("^" + organisationName)))
                .getByRole(AriaRole.CELL, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(Pattern.compile("^MV-")))).hasCount(1);
    }

    @Test
    void anInviteOnlySamiSamradInNorthSamiIsAnsweredByAnInviteeAndClosedWithFeedback() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String user = staff.member("samrad-" + suffix, StaffRole.HANDLER, "kulturnamnden");
        long culture = staff.committeeId("kulturnamnden");
        String titleSe = "Sámi ráđđádallan " + suffix;
        long dialogue = StaffFixtures.asHandler(user, culture, () -> {
            long d = dialogueAdmin.create(new se.medverka.dialogue.DialogueAdmin.Draft(culture, Map.of(
                    "sv", new se.medverka.dialogue.DialogueAdmin.Texts("Samråd med samer " + suffix, "Vad behöver samiska barn?", "Berätta."),
                    "se", new se.medverka.dialogue.DialogueAdmin.Texts(titleSe, "Maid dárbbašit sámi mánát?", "Muital midjiide.")),
                    java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), LocalDate.now(CityTime.ZONE).minusDays(1), LocalDate.now(CityTime.ZONE).plusDays(30),
                    true, false, false, se.medverka.dialogue.ModerationMode.POST, 3));
            dialogueAdmin.saveQuestions(d, java.util.List.of(new se.medverka.dialogue.DialogueAdmin.QuestionDraft(
                    se.medverka.dialogue.QuestionKind.FREE_TEXT, Map.of("sv", "Vad behövs?", "se", "Mii dárbbašuvvo?"), Map.of())));
            return d;
        });

        // Staff make the draft a samråd for the Sami, publish it and invite a participant writing North Sami.
        login(page, user, StaffFixtures.PASSWORD);
        open(page, "personal/samrad/" + dialogue);
        assertAccessible(page);
        page.getByLabel(sv("dialogue.samrad.minority.label")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(sv("dialogue.samrad.minority.sami.label"))).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("dialogue.samrad.make.action"))).click();
        settle(page);
        StaffFixtures.asHandler(user, culture, () -> {
            dialogueAdmin.publish(dialogue);
            return null;
        });
        String invitee = "ahkku-" + suffix + "@example.org";
        page.getByLabel(sv("dialogue.samrad.invitees.label")).fill(invitee + "; se");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("dialogue.samrad.invite.action"))).click();
        settle(page);
        assertThat(page.getByText(Pattern.compile("Inbjudna: 1, har svarat: 0"))).isVisible();

        // Nobody else finds it.
        Page other = newPerson();
        open(other, "dialog");
        assertThat(other.getByText(titleSe)).hasCount(0);

        // The invitee opens the link from the mail, in North Sami, and answers by keyboard.
        MimeMessage mail = awaitMail(invitee, Translations.text("se", "mail.dialogue.invited.subject").replace("{0}", titleSe));
        Matcher link = Pattern.compile("/(dialog/\\d+\\?lang=se&inbjudan=[A-Za-z0-9_-]+)").matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).isTrue();
        Page sami = newPerson();
        open(sami, link.group(1));
        assertThat(sami.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(titleSe))).isVisible();
        assertAccessible(sami);
        sami.getByLabel("Mii dárbbašuvvo?").fill("Sámegiella skuvllas.");
        sami.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.text("se", "dialogue.page.answers.send.action"))).focus();
        sami.keyboard().press("Enter");
        settle(sami);
        assertThat(sami.getByText(Translations.text("se", "dialogue.samrad.thanks.text"))).isVisible();

        // Staff close it with feedback; the invitee is mailed and the samråd is public with its feedback.
        StaffFixtures.asHandler(user, culture, () -> {
            dialogueAdmin.close(dialogue);
            dialogueAdmin.publishFeedback(dialogue, Map.of("sv", "Vi inför samiska i förskolan.", "se", "Mii álggahit sámegiela mánáidgárddis."));
            return null;
        });
        awaitMail(invitee, Translations.text("se", "mail.dialogue.feedback.subject").replace("{0}", titleSe));
        open(other, "dialog/" + dialogue + "?lang=se");
        assertThat(other.getByText("Mii álggahit sámegiela mánáidgárddis.")).isVisible();
        assertAccessible(other);
    }

    private void invite(Page p, String name, MemberRole role, String email, String language) {
        p.getByLabel(sv("council.member.name.label")).fill(name);
        p.getByLabel(sv("council.member.organisation.label")).fill("Förening " + name);
        p.getByLabel(sv(role.labelKey()), new Page.GetByLabelOptions().setExact(true)).check();
        p.getByLabel(sv("council.member.email.label")).fill(email);
        if (language != null) {
            p.getByLabel(sv("council.member.language.label")).click();
            p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(language)).click();
        }
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.member.invite.action"))).click();
        settle(p);
    }

    private void addItem(Page p, String title, byte[] pdf) {
        p.getByLabel(sv("council.item.title.label")).fill(title);
        if (pdf != null) {
            upload(p, "handling.pdf", pdf);
        }
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("council.item.add.action"))).click();
        settle(p);
    }

    private static void upload(Page p, String name, byte[] content) {
        FileChooser chooser = p.waitForFileChooser(() -> p.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(sv("council.document.upload.action"))).first().click());
        // The file goes up in a request of its own, outside Vaadin's: wait for its answer.
        p.waitForResponse(r -> "POST".equals(r.request().method()) && r.url().contains("/VAADIN/dynamic/"),
                () -> chooser.setFiles(new FilePayload(name, "application/pdf", content)));
        settle(p);
    }

    private static String signInPath(MimeMessage mail) throws Exception {
        return path(mail, "/(rad/logga-in/[A-Za-z0-9_-]+)");
    }

    private static String answerPath(MimeMessage mail) throws Exception {
        return path(mail, "/(remiss/[A-Za-z0-9_-]+)");
    }

    private static String path(MimeMessage mail, String regex) throws Exception {
        Matcher m = Pattern.compile(regex).matcher(String.valueOf(mail.getContent()));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String calendar(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/calendar")) {
                return new String(parts.getBodyPart(i).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no calendar file");
    }

    private static MimeMessage awaitMail(String to, String subjectStart) {
        MimeMessage[] found = new MimeMessage[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            found[0] = Arrays.stream(TestEnvironment.mail().getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equalsIgnoreCase(to) && m.getSubject().startsWith(subjectStart);
                } catch (Exception e) {
                    return false;
                }
            }).reduce((a, b) -> b).orElse(null);
            return found[0] != null;
        });
        return found[0];
    }
}
