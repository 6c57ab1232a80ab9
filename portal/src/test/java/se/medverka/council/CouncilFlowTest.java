package se.medverka.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.medverka.council.internal.ReferralReminderJob;
import se.medverka.notification.internal.MailDispatcher;
import se.medverka.routing.CaseRef;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;

/**
 * Councils and referrals on the real PostgreSQL and GreenMail, through the services: invitations in
 * the member's language with a one-time sign-in link, a member who sees only their councils,
 * minutes published only when every approver confirmed, a meeting invitation with an iCalendar
 * file, referrals refused without recipients or with a non-PDF, an extension, answers that become
 * cases with receipts, a refused late answer, one reminder per last day, and isolation between committees.
 */
@SpringBootTest
class CouncilFlowTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern SIGN_IN = Pattern.compile("/rad/logga-in/([A-Za-z0-9_-]+)");
    private static final Pattern ANSWER = Pattern.compile("/remiss/([A-Za-z0-9_-]+)");

    @Autowired Councils councils;
    @Autowired Meetings meetings;
    @Autowired Minutes minutes;
    @Autowired Referrals referrals;
    @Autowired ReferralAnswers answers;
    @Autowired PublishedReferrals published;
    @Autowired Organisations organisations;
    @Autowired MemberSignIn signIn;
    @Autowired MailDispatcher dispatcher;
    @Autowired ReferralReminderJob reminders;
    @Autowired RoutingRegister register;
    @Autowired JdbcClient jdbc;
    @Autowired se.medverka.council.internal.MemberAddressRetention retention;

    long culture;
    long education;

    @BeforeEach
    void setUp() {
        culture = register.committeeByCode("kulturnamnden").orElseThrow().id();
        education = register.committeeByCode("utbildningsnamnden").orElseThrow().id();
        dispatcher.dispatchDue();
    }

    @Test
    void membersAreInvitedInTheirLanguageSignInOnceAndSeeOnlyTheirCouncils() throws Exception {
        String n = String.valueOf(System.nanoTime());
        long council = asCulture(() -> councils.create(new Councils.NewCouncil(CouncilKind.PROGRAMME, culture,
                Map.of(Language.SV, "MR-rådet " + n, Language.FI, "Ihmisoikeusneuvosto " + n))));
        long other = asCulture(() -> councils.create(new Councils.NewCouncil(CouncilKind.PENSIONERS, culture,
                Map.of(Language.SV, "Pensionärsrådet " + n))));
        String anna = "anna." + n + "@example.org";
        String pekka = "pekka." + n + "@example.org";
        asCulture(() -> councils.invite(council, member("Anna Ordförande", MemberRole.CHAIR, anna, Language.SV)));
        asCulture(() -> councils.invite(council, member("Pekka Jäsen", MemberRole.MEMBER, pekka, Language.FI)));
        asCulture(() -> councils.invite(other, member("Olle Annan", MemberRole.CHAIR, "olle." + n + "@example.org", Language.SV)));

        // Addresses are never in the tables in plain text.
        assertThat(jdbc.sql("select count(*) from council_person where email_enc like '%example.org%'").query(Long.class).single()).isZero();
        // Refusals: no name, a mandate that ends before it starts, a duplicate, another committee's council.
        assertThatThrownBy(() -> asCulture(() -> councils.invite(council, member(" ", MemberRole.MEMBER, "x@example.org", Language.SV))))
                .hasMessage("council.member.name.error.required");
        assertThatThrownBy(() -> asCulture(() -> councils.invite(council, new Councils.NewMember("X", null, MemberRole.MEMBER,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 1, 1), "y@example.org", Language.SV))))
                .hasMessage("council.member.mandate.error.order");
        assertThatThrownBy(() -> asCulture(() -> councils.invite(council, member("Anna igen", MemberRole.MEMBER, anna, Language.SV))))
                .hasMessage("council.member.email.error.duplicate");
        assertThatThrownBy(() -> StaffFixtures.asHandler("skola", education, () -> councils.invite(council,
                member("Z", MemberRole.MEMBER, "z@example.org", Language.SV)))).isInstanceOf(AccessDeniedException.class);

        dispatcher.dispatchDue();
        MimeMessage toPekka = mailTo(pekka);
        assertThat(toPekka.getSubject()).contains("Tervetuloa").contains("Ihmisoikeusneuvosto " + n);
        assertThat(text(toPekka)).contains("Jäsen").contains("Et tarvitse salasanaa");
        MimeMessage toAnna = mailTo(anna);
        assertThat(toAnna.getSubject()).isEqualTo("Välkommen till MR-rådet " + n);

        // The invitation's link signs in once; a second use does nothing.
        String token = link(SIGN_IN, text(toPekka));
        long pekkaId = signIn.consume(token).orElseThrow();
        assertThat(signIn.consume(token)).isEmpty();
        assertThat(asMember(pekkaId, () -> councils.mine(Language.FI))).extracting(Councils.CouncilSummary::name)
                .containsExactly("Ihmisoikeusneuvosto " + n);
        assertThatThrownBy(() -> asMember(pekkaId, () -> minutes.forMember(other))).isInstanceOf(AccessDeniedException.class);

        // A new link on request; an unknown address gets nothing and learns nothing.
        ClientAddress.as("10.40.0.1", () -> {
            signIn.requestLink(anna.toUpperCase(), "10.40.0.1");
            signIn.requestLink("nobody." + n + "@example.org", "10.40.0.1");
            return null;
        });
        dispatcher.dispatchDue();
        assertThat(signIn.consume(link(SIGN_IN, text(mailTo(anna, "inloggningslänk"))))).isPresent();
        assertThat(TestEnvironment.mail().getReceivedMessagesForDomain("nobody." + n + "@example.org")).isEmpty();
        // An expired link does not work.
        String stale = "stale-" + n;
        jdbc.sql("insert into council_sign_in (token_hash, person_id, expires_at) values (:h, :p, now() - interval '1 minute')")
                .param("h", se.medverka.council.internal.Tokens.hash(stale)).param("p", pekkaId).update();
        assertThat(signIn.consume(stale)).isEmpty();
    }

    @Test
    void minutesArePublishedOnlyWhenEveryApproverConfirmed() throws Exception {
        String n = String.valueOf(System.nanoTime());
        long council = asCulture(() -> councils.create(new Councils.NewCouncil(CouncilKind.DISABILITY, culture,
                Map.of(Language.SV, "Funktionshinderrådet " + n))));
        String chairMail = "ordf." + n + "@example.org";
        String approverMail = "just." + n + "@example.org";
        long chair = asCulture(() -> councils.invite(council, member("Parasto Nosrati", MemberRole.CHAIR, chairMail, Language.SV)));
        long approver = asCulture(() -> councils.invite(council, member("Rebecca Rubin", MemberRole.EXPERT, approverMail, Language.FI)));
        long chairPerson = person(chair);
        long approverPerson = person(approver);

        Instant start = Instant.now().plus(Duration.ofDays(7));
        long meeting = asCulture(() -> meetings.create(council, new Meetings.NewMeeting(start, start.plus(Duration.ofHours(2)),
                "Stadshuset, Ragnar Östbergs plan 1", null)));
        assertThatThrownBy(() -> asCulture(() -> meetings.addItem(meeting, "Handlingsplaner",
                new Meetings.File("plan.pdf", "GIF89a not a pdf".getBytes(StandardCharsets.US_ASCII)))))
                .hasMessage("council.document.error.notpdf");
        assertThat(jdbc.sql("select count(*) from council_agenda_item where meeting_id = :m").param("m", meeting)
                .query(Long.class).single()).isZero();
        long opening = asCulture(() -> meetings.addItem(meeting, "Mötet öppnas", null));
        long plans = asCulture(() -> meetings.addItem(meeting, "Handlingsplaner inom MR-programmet", new Meetings.File("plan.pdf", PDF)));

        asCulture(() -> {
            meetings.sendInvitation(meeting);
            return null;
        });
        dispatcher.dispatchDue();
        MimeMessage invitation = mailTo(approverMail);
        assertThat(invitation.getSubject()).startsWith("Kokouskutsu: Funktionshinderrådet " + n);
        String ics = calendarPart(invitation);
        assertThat(ics).contains("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("Stadshuset")
                .contains("UID:council-meeting-" + meeting + "@medverka");
        // Sent personal mails keep neither the address nor the attachment.
        assertThat(jdbc.sql("select count(*) from notification_attachment a join notification_outbox o on o.id = a.outbox_id where o.about = :a")
                .param("a", "council_meeting:" + meeting).query(Long.class).single()).isZero();

        assertThatThrownBy(() -> asCulture(() -> {
            meetings.submitMinutes(meeting, List.of(approver), LocalDate.now(CityTime.ZONE).plusDays(14));
            return null;
        })).hasMessage("council.minutes.error.incomplete");
        asCulture(() -> {
            meetings.writeMinutes(opening, "Ordföranden förklarar sammanträdet öppnat.");
            meetings.writeMinutes(plans, "Rådet diskuterar utmaningarna.");
            meetings.submitMinutes(meeting, List.of(approver), LocalDate.now(CityTime.ZONE).plusDays(14));
            return null;
        });
        assertThat(minutes.publishedMinutes(meeting)).isEmpty();
        assertThat(asMember(chairPerson, () -> minutes.approve(meeting))).isFalse();
        assertThat(minutes.publishedMinutes(meeting)).isEmpty();
        assertThatThrownBy(() -> asMember(chairPerson, () -> minutes.approve(meeting))).hasMessage("council.approve.error.notapprover");
        assertThat(asMember(approverPerson, () -> minutes.approve(meeting))).isTrue();
        Meetings.Details published = minutes.publishedMinutes(meeting).orElseThrow();
        assertThat(published.approvers()).extracting(Meetings.Approver::name).containsExactly("Parasto Nosrati", "Rebecca Rubin");
        assertThat(published.approvers()).allMatch(a -> a.confirmedAt() != null);
        assertThat(published.items()).extracting(Meetings.Item::number).containsExactly(1, 2);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'COUNCIL_MINUTES_PUBLISHED' and subject_id = :m")
                .param("m", String.valueOf(meeting)).query(Long.class).single()).isEqualTo(1);
        // The agenda's document is public now, and was to members only before.
        long doc = published.items().get(1).documents().getFirst().id();
        assertThat(meetings.document(doc)).isPresent();
    }

    @Test
    void referralsGoOutAreAnsweredAsCasesAndTheLateAreReminded() throws Exception {
        String n = String.valueOf(System.nanoTime());
        long council = asCulture(() -> councils.create(new Councils.NewCouncil(CouncilKind.NATIONAL_MINORITIES, culture,
                Map.of(Language.SV, "Minoritetsrådet " + n))));
        String chairMail = "min." + n + "@example.org";
        asCulture(() -> councils.invite(council, member("Ordförande Minoritet", MemberRole.CHAIR, chairMail, Language.FI)));

        // Refused, and nothing stored: no recipient, no PDF, a deadline in the past.
        long before = jdbc.sql("select count(*) from council_referral").query(Long.class).single();
        assertThatThrownBy(() -> asCulture(() -> referrals.send(referral("Handlingsplan mot rasism", List.of(), List.of(),
                new Meetings.File("r.pdf", PDF), LocalDate.now(CityTime.ZONE).plusDays(30))))).hasMessage("council.referral.recipients.error.required");
        assertThatThrownBy(() -> asCulture(() -> referrals.send(referral("Handlingsplan mot rasism", List.of(council), List.of(),
                new Meetings.File("r.pdf", "<html>".getBytes(StandardCharsets.UTF_8)), LocalDate.now(CityTime.ZONE).plusDays(30)))))
                .hasMessage("council.document.error.notpdf");
        assertThatThrownBy(() -> asCulture(() -> referrals.send(referral("Handlingsplan mot rasism", List.of(council), List.of(),
                new Meetings.File("r.pdf", PDF), LocalDate.now(CityTime.ZONE).minusDays(1))))).hasMessage("council.referral.deadline.error.future");
        assertThat(jdbc.sql("select count(*) from council_referral").query(Long.class).single()).isEqualTo(before);

        long referral = asCulture(() -> referrals.send(referral("Handlingsplan mot rasism " + n, List.of(council), List.of(education),
                new Meetings.File("remiss.pdf", PDF), LocalDate.now(CityTime.ZONE).plusDays(30))));
        dispatcher.dispatchDue();
        String councilToken = link(ANSWER, text(mailTo(chairMail)));
        String educationRegistry = register.committee(education).orElseThrow().registryMailbox();
        String committeeToken = link(ANSWER, text(mailTo(educationRegistry, "Handlingsplan mot rasism " + n)));

        // Another committee's staff see nothing of the referral.
        assertThat(StaffFixtures.asHandler("skola", education, () -> referrals.overview(referral))).isEmpty();

        // The council asks for more time and gets it; the committee answers on time.
        ClientAddress.as("10.40.0.2", () -> {
            answers.askForMoreTime(councilToken, LocalDate.now(CityTime.ZONE).plusDays(60), "Rådet möts först i februari.", "10.40.0.2");
            return null;
        });
        long councilRecipient = rowOf(referral, "Minoritetsrådet " + n).id();
        asCulture(() -> {
            referrals.grantExtension(councilRecipient, LocalDate.now(CityTime.ZONE).plusDays(60));
            return null;
        });
        assertThatThrownBy(() -> asCulture(() -> {
            referrals.grantExtension(councilRecipient, LocalDate.now(CityTime.ZONE).plusDays(10));
            return null;
        })).hasMessage("council.referral.extension.error.date");
        CaseRef committeeCase = answers.answer(committeeToken, "Utbildningsnämnden ställer sig bakom planen.",
                List.of(new Meetings.File("yttrande.pdf", PDF)), "10.40.0.3");
        assertThat(committeeCase.caseNumber()).startsWith("MV-");
        // Routing places the case with the sending committee once the answer has committed.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select kind || ':' || coalesce(committee_id, 0) from routing_case where id = :id").param("id", committeeCase.id())
                .query(String.class).single().equals("REFERRAL_ANSWER:" + culture));
        assertThatThrownBy(() -> answers.answer(committeeToken, "Igen", List.of(), "10.40.0.3"))
                .hasMessage("council.referral.answer.error.already");
        assertThatThrownBy(() -> answers.answer(councilToken, "Med bilaga",
                List.of(new Meetings.File("a.pdf", Arrays.copyOf(PDF, 11 * 1024 * 1024))), "10.40.0.4"))
                .hasMessage("council.document.error.toolarge");

        // The council's extended day passes: a late answer is refused, and one reminder goes out.
        jdbc.sql("update council_referral_recipient set deadline = current_date - 1 where id = :id").param("id", councilRecipient).update();
        assertThatThrownBy(() -> answers.answer(councilToken, "För sent", List.of(), "10.40.0.4"))
                .hasMessage("council.referral.answer.error.late");
        assertThat(reminders.remindDue()).isGreaterThanOrEqualTo(1);
        reminders.remindDue();
        dispatcher.dispatchDue();
        assertThat(mailsTo(chairMail, "Muistutus")).hasSize(1);
        assertThat(text(mailTo(educationRegistry, "Kvittens"))).contains(committeeCase.caseNumber());

        // A new day after the reminder lets the council answer; its answer is a case too.
        asCulture(() -> {
            referrals.grantExtension(councilRecipient, LocalDate.now(CityTime.ZONE).plusDays(7));
            return null;
        });
        CaseRef councilCase = answers.answer(councilToken, "Rådet yttrar sig.", List.of(), "10.40.0.5");
        Referrals.Overview overview = asCulture(() -> referrals.overview(referral)).orElseThrow();
        assertThat(overview.recipients()).extracting(Referrals.RecipientRow::caseNumber)
                .containsExactlyInAnyOrder(committeeCase.caseNumber(), councilCase.caseNumber());
        assertThat(rowOf(referral, "Minoritetsrådet " + n).extensionGrantedAt()).isNotNull();
        // A page of the overview (the staff view shows 25 at a time): rows in name order, the summary counts all.
        Referrals.Overview secondPage = asCulture(() -> referrals.overview(referral, 1, 1)).orElseThrow();
        assertThat(secondPage.recipients()).extracting(Referrals.RecipientRow::name).containsExactly("Utbildningsnämnden");
        assertThat(secondPage.referral().recipients()).isEqualTo(2);
        assertThat(secondPage.referral().answered()).isEqualTo(2);

        // Closed: published, except the answer marked for secrecy review.
        assertThat(published.publishedReferral(referral)).isEmpty();
        asCulture(() -> {
            referrals.markForSecrecyReview(councilRecipient, true);
            referrals.close(referral);
            return null;
        });
        assertThat(published.publishedReferral(referral).orElseThrow().answers()).extracting(PublishedReferrals.PublicAnswer::answer)
                .containsExactly("Utbildningsnämnden ställer sig bakom planen.");
    }

    @Test
    void registeredOrganisationsGetReferralsInTheirLanguageAndAnswerThroughTheirLink() throws Exception {
        String n = String.valueOf(System.nanoTime());
        String address = "forening." + n + "@example.org";
        String name = "Sverigefinska föreningen " + n;

        // Refused, and nothing stored: no name, a bad address, a name already registered.
        long before = jdbc.sql("select count(*) from council_organisation").query(Long.class).single();
        assertThatThrownBy(() -> asCulture(() -> organisations.add(" ", address, Language.FI)))
                .hasMessage("council.organisation.name.error.required");
        assertThatThrownBy(() -> asCulture(() -> organisations.add(name, "inte-en-adress", Language.FI)))
                .hasMessage("council.organisation.email.error.invalid");
        assertThat(jdbc.sql("select count(*) from council_organisation").query(Long.class).single()).isEqualTo(before);
        long organisation = asCulture(() -> organisations.add(name, address, Language.FI));
        assertThatThrownBy(() -> asCulture(() -> organisations.add(name.toUpperCase(java.util.Locale.ROOT), "annan." + n + "@example.org", Language.SV)))
                .hasMessage("council.organisation.name.error.exists");
        // The address is sealed; the register shows name and language, not the address.
        assertThat(jdbc.sql("select email_enc from council_organisation where id = :id").param("id", organisation)
                .query(String.class).single()).doesNotContain(address).isNotBlank();
        assertThat(StaffFixtures.asHandler("skola", education, () -> organisations.list()))
                .anySatisfy(o -> assertThat(o).extracting(Organisations.RegisteredOrganisation::name,
                        Organisations.RegisteredOrganisation::language).containsExactly(name, Language.FI));

        // A referral to the registered organisation alone: mailed in Finnish with the link.
        long referral = asCulture(() -> referrals.send(new Referrals.NewReferral(culture, "Kulturstrategi " + n,
                "Kulturnämnden remitterar strategin.", LocalDate.now(CityTime.ZONE).plusDays(30), List.of(), List.of(), List.of(),
                List.of(organisation), new Meetings.File("remiss.pdf", PDF))));
        dispatcher.dispatchDue();
        MimeMessage mail = mailTo(address, "Lausuntopyyntö: Kulturstrategi " + n);
        String token = link(ANSWER, text(mail));
        assertThat(jdbc.sql("select organisation_id from council_referral_recipient where referral_id = :r").param("r", referral)
                .query(Long.class).single()).isEqualTo(organisation);
        assertThat(jdbc.sql("select organisation_email_enc from council_referral_recipient where referral_id = :r").param("r", referral)
                .query(String.class).single()).doesNotContain(address);

        // It answers through its link like a council: a case of the sending committee, the receipt in Finnish.
        assertThat(answers.byLink(token).orElseThrow().recipientName()).isEqualTo(name);
        CaseRef answered = answers.answer(token, "Yhdistys kannattaa strategiaa.", List.of(), "10.40.0.7");
        Referrals.RecipientRow row = rowOf(referral, name);
        assertThat(row.kind()).isEqualTo(Referrals.RecipientKind.ORGANISATION);
        assertThat(row.caseNumber()).isEqualTo(answered.caseNumber());
        dispatcher.dispatchDue();
        assertThat(text(mailTo(address, "Kuittaus"))).contains(answered.caseNumber());

        // Taken out of the register: a new referral to it is refused and stores nothing; the sent one keeps its name.
        asCulture(() -> {
            organisations.remove(organisation);
            return null;
        });
        long referrals0 = jdbc.sql("select count(*) from council_referral").query(Long.class).single();
        assertThatThrownBy(() -> asCulture(() -> referrals.send(new Referrals.NewReferral(culture, "Ny remiss " + n, "Text",
                LocalDate.now(CityTime.ZONE).plusDays(30), List.of(), List.of(), List.of(), List.of(organisation),
                new Meetings.File("remiss.pdf", PDF))))).hasMessage("council.error.notfound");
        assertThat(jdbc.sql("select count(*) from council_referral").query(Long.class).single()).isEqualTo(referrals0);
        assertThat(asCulture(() -> organisations.list())).noneMatch(o -> o.id() == organisation);
        assertThat(rowOf(referral, name).caseNumber()).isEqualTo(answered.caseNumber());
    }

    @Test
    void aFormerMembersAddressIsErasedAfterTheRetentionAndTheirNameStays() throws Exception {
        String n = String.valueOf(System.nanoTime());
        long council = asCulture(() -> councils.create(new Councils.NewCouncil(CouncilKind.AGENDA_2030, culture,
                Map.of(Language.SV, "Agenda 2030-rådet " + n))));
        String former = "tidigare." + n + "@example.org";
        String current = "nuvarande." + n + "@example.org";
        asCulture(() -> councils.invite(council, new Councils.NewMember("Tidigare Ledamot", null, MemberRole.MEMBER,
                LocalDate.now(CityTime.ZONE).minusYears(3), LocalDate.now(CityTime.ZONE).minusYears(2), former, Language.SV)));
        asCulture(() -> councils.invite(council, member("Nuvarande Ledamot", MemberRole.CHAIR, current, Language.SV)));

        assertThat(retention.eraseDue()).isPositive();

        assertThat(jdbc.sql("select count(*) from council_person p join council_member m on m.person_id = p.id where m.council_id = :c and p.email_enc = ''")
                .param("c", council).query(Long.class).single()).isEqualTo(1);
        assertThat(asCulture(() -> councils.members(council))).extracting(Councils.Member::name)
                .containsExactly("Nuvarande Ledamot", "Tidigare Ledamot");
        // The erased address signs nobody in; the current member still gets a link.
        dispatcher.dispatchDue();
        ClientAddress.as("10.40.0.9", () -> {
            signIn.requestLink(former, "10.40.0.9");
            signIn.requestLink(current, "10.40.0.9");
            return null;
        });
        dispatcher.dispatchDue();
        assertThat(mailsTo(former, "inloggningslänk")).isEmpty();
        assertThat(mailsTo(current, "inloggningslänk")).hasSize(1);
    }

    private Referrals.RecipientRow rowOf(long referral, String name) {
        return asCulture(() -> referrals.overview(referral)).orElseThrow().recipients().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private Referrals.NewReferral referral(String title, List<Long> councils, List<Long> committees, Meetings.File doc, LocalDate deadline) {
        return new Referrals.NewReferral(culture, title, "Kulturnämnden remitterar handlingsplanen.", deadline, councils,
                committees, List.of(), doc);
    }

    private long person(long memberId) {
        return jdbc.sql("select person_id from council_member where id = :id").param("id", memberId).query(Long.class).single();
    }

    static Councils.NewMember member(String name, MemberRole role, String email, Language language) {
        return new Councils.NewMember(name, "Förening " + name, role, LocalDate.now(CityTime.ZONE).minusDays(1),
                LocalDate.now(CityTime.ZONE).plusYears(1), email, language);
    }

    private <T> T asCulture(Supplier<T> work) {
        return StaffFixtures.asHandler("kultur-handlaggare", culture, work);
    }

    static <T> T asMember(long personId, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(CurrentMember.authentication(personId));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    static String link(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body.replace("=\r\n", "").replace("=\n", ""));
        assertThat(m.find()).as("a link in %s", body).isTrue();
        return m.group(1);
    }

    static MimeMessage mailTo(String address) throws Exception {
        return mailTo(address, "");
    }

    static MimeMessage mailTo(String address, String subjectPart) throws Exception {
        List<MimeMessage> found = mailsTo(address, subjectPart);
        assertThat(found).as("mail to %s about %s", address, subjectPart).isNotEmpty();
        return found.getLast();
    }

    static List<MimeMessage> mailsTo(String address, String subjectPart) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : TestEnvironment.mail().getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address))
                    && m.getSubject().contains(subjectPart)) {
                found.add(m);
            }
        }
        return found;
    }

    /** The decoded text of a mail (its first text part when it has attachments). */
    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s;
        }
        Multipart multipart = (Multipart) content;
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart inner) {
                return (String) inner.getBodyPart(0).getContent();
            }
        }
        throw new AssertionError("no text part");
    }

    static String calendarPart(MimeMessage message) throws Exception {
        Object content = message.getContent();
        assertThat(content).isInstanceOf(Multipart.class);
        Multipart multipart = (Multipart) content;
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no text/calendar part");
    }
}
