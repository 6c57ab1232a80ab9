package se.medverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.dialogue.DialogueAdmin.Draft;
import se.medverka.dialogue.DialogueAdmin.QuestionDraft;
import se.medverka.dialogue.DialogueAdmin.Texts;
import se.medverka.notification.internal.MailDispatcher;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;

/**
 * Samråd with the Sami (lag 2009:724): an invite-only dialogue in North Sami is invisible to others,
 * refuses their answers, is answered once by an invitee through the mailed link, and after the
 * feedback the invitee is mailed in their language and the samråd is public; it is counted per minority.
 */
@SpringBootTest
class SamradTest {

    @Autowired DialogueAdmin admin;
    @Autowired DialogueInvitations invitations;
    @Autowired Dialogues dialogues;
    @Autowired DialogueAnswers answers;
    @Autowired RoutingRegister register;
    @Autowired MailDispatcher dispatcher;
    @Autowired JdbcClient jdbc;

    @Test
    void anInviteOnlySamiSamradIsAnsweredByAnInviteeAndFedBack() throws Exception {
        long culture = register.committeeByCode("kulturnamnden").orElseThrow().id();
        String n = String.valueOf(System.nanoTime());
        String titleSe = "Sámi ráđđádallan " + n;
        long id = asCulture(culture, () -> {
            long d = admin.create(new Draft(culture, Map.of(
                    "sv", new Texts("Samråd med samer " + n, "Vad behöver samiska barn i Stockholm?", "Berätta för oss."),
                    "se", new Texts(titleSe, "Maid dárbbašit sámi mánát Stockholmas?", "Muital midjiide.")),
                    Set.of(), Set.of(), Set.of(), LocalDate.now(CityTime.ZONE).minusDays(1), LocalDate.now(CityTime.ZONE).plusDays(30),
                    true, false, false, ModerationMode.POST, 3));
            admin.saveQuestions(d, List.of(new QuestionDraft(QuestionKind.FREE_TEXT,
                    Map.of("sv", "Vad behövs?", "se", "Mii dárbbašuvvo?"), Map.of())));
            invitations.makeInviteOnly(d, Minority.SAMI);
            admin.publish(d);
            return d;
        });
        assertThatThrownBy(() -> asCulture(culture, () -> {
            invitations.makeInviteOnly(id, Minority.ROMA);
            return null;
        })).hasMessage("dialogue.samrad.error.published");
        String invitee = "ahkku." + n + "@example.org";
        asCulture(culture, () -> invitations.invite(id, List.of(new DialogueInvitations.Invitee(invitee, Language.SE))));
        dispatcher.dispatchDue();
        MimeMessage invitation = mail(invitee, "Bovdejupmi ráđđádallamii: " + titleSe);
        Matcher link = Pattern.compile("inbjudan=([A-Za-z0-9_-]+)").matcher(String.valueOf(invitation.getContent()));
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        // Others neither see it nor answer it.
        assertThat(dialogues.list(Language.SV, null, null)).noneMatch(c -> c.id() == id);
        assertThat(dialogues.page(id, Language.SE)).isEmpty();
        long question = jdbc.sql("select id from dialogue_question where dialogue_id = :d").param("d", id).query(Long.class).single();
        Map<Long, DialogueAnswers.Answer> given = Map.of(question, new DialogueAnswers.Answer("Sámegiella skuvllas.", null, null));
        assertThatThrownBy(() -> ClientAddress.as("10.41.0.1", () -> answers.answer(id, given, null, Language.SE)))
                .hasMessage("dialogue.page.error.closed");

        // The invitee sees it in North Sami and answers once.
        assertThat(invitations.page(token, Language.SE).orElseThrow().title()).isEqualTo(titleSe);
        ClientAddress.as("10.41.0.2", () -> invitations.answer(token, given, Language.SE));
        assertThatThrownBy(() -> ClientAddress.as("10.41.0.2", () -> invitations.answer(token, given, Language.SE)))
                .hasMessage("dialogue.samrad.error.answered");
        assertThat(asCulture(culture, () -> invitations.status(id))).extracting(DialogueInvitations.Status::invited,
                DialogueInvitations.Status::answered).containsExactly(1, 1);

        // Closed with feedback: the invitee is told in North Sami, and the samråd is public.
        asCulture(culture, () -> {
            admin.close(id);
            admin.publishFeedback(id, Map.of("sv", "Vi inför samiska i förskolan.", "se", "Mii álggahit sámegiela mánáidgárddis."));
            return null;
        });
        dispatcher.dispatchDue();
        assertThat(Arrays.stream(TestEnvironment.mail().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(invitee) && !m.getSubject().startsWith("Bovdejupmi");
            } catch (Exception e) {
                return false;
            }
        }).count()).isEqualTo(1);
        assertThat(dialogues.list(Language.SE, null, null)).anyMatch(c -> c.id() == id);
        assertThat(dialogues.page(id, Language.SE).orElseThrow().feedback()).isEqualTo("Mii álggahit sámegiela mánáidgárddis.");
        assertThat(asCulture(culture, () -> invitations.heldPerMinority(null, LocalDate.now(CityTime.ZONE).withDayOfYear(1), LocalDate.now(CityTime.ZONE).plusDays(1))).get(Minority.SAMI)).isPositive();
        assertThat(jdbc.sql("select count(*) from dialogue_invitation where email_enc like '%example.org%'").query(Long.class).single()).isZero();
    }

    private static <T> T asCulture(long culture, java.util.function.Supplier<T> work) {
        return StaffFixtures.asHandler("kultur-samrad", culture, work);
    }

    private static MimeMessage mail(String to, String subject) throws Exception {
        for (MimeMessage m : TestEnvironment.mail().getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(to) && subject.equals(m.getSubject())) {
                return m;
            }
        }
        throw new AssertionError("no mail " + subject + " to " + to);
    }
}
