package se.medverka.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.ComplaintHandling;
import se.medverka.complaint.Complaints;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.ChildConsultations;
import se.medverka.consultation.ConsultationQuestions;
import se.medverka.consultation.Consultations;
import se.medverka.consultation.QuestionType;
import se.medverka.dialogue.DialogueAdmin;
import se.medverka.dialogue.DialogueAdmin.Draft;
import se.medverka.dialogue.DialogueAdmin.QuestionDraft;
import se.medverka.dialogue.DialogueAdmin.Texts;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.DialogueAnswers;
import se.medverka.dialogue.DialogueAnswers.Answer;
import se.medverka.dialogue.DialogueProposals;
import se.medverka.dialogue.DialogueReactions;
import se.medverka.dialogue.Moderation;
import se.medverka.dialogue.ModerationMode;
import se.medverka.dialogue.QuestionKind;
import se.medverka.routing.CaseFilter;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.startup.ProductionReadiness;

/**
 * Fills an empty database with a living portal for whoever tries it (dev profile only, as Decidim's
 * seeds): dialogues open, closed and with feedback in several languages, with answers, proposals,
 * comments, support and a moderator's reply; a children's consultation open with a class code;
 * complaints in several languages whose cases stand in every state a case rests in, across
 * committees; the demonstration staff. Everything goes through the modules' services, so the data
 * is what residents and staff would have made (complaints encrypted, cases routed, mails queued).
 * A database with any dialogue, consultation or case is left alone, so a restart adds nothing.
 * Information pages come from the repeatable migration, as in production.
 *
 * <p>Over 300 lines on purpose: it is demonstration data written out as one story (who says what,
 * in which language, in which state), read from top to bottom; split into classes it would be
 * harder to follow and nothing in it is logic others reuse.
 */
@Component
@Profile(ProductionReadiness.DEV_PROFILE)
@Order(Ordered.LOWEST_PRECEDENCE) // after the first administrator (AdminBootstrap, order 0) has been made
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final String ACTOR = "demo-content";

    private final DialogueAdmin dialogueAdmin;
    private final Dialogues dialogues;
    private final DialogueAnswers answers;
    private final DialogueProposals proposals;
    private final DialogueReactions reactions;
    private final Moderation moderation;
    private final Consultations consultations;
    private final ConsultationQuestions questions;
    private final ChildConsultations children;
    private final Complaints complaints;
    private final ComplaintHandling handling;
    private final Cases cases;
    private final RoutingRegister register;
    private final DemoStaff staff;
    private final Clock clock;
    private int address;

    DemoContent(DialogueAdmin dialogueAdmin, Dialogues dialogues, DialogueAnswers answers, DialogueProposals proposals,
                DialogueReactions reactions, Moderation moderation, Consultations consultations, ConsultationQuestions questions,
                ChildConsultations children, Complaints complaints, ComplaintHandling handling, Cases cases, RoutingRegister register,
                DemoStaff staff, Clock clock) {
        this.dialogueAdmin = dialogueAdmin;
        this.dialogues = dialogues;
        this.answers = answers;
        this.proposals = proposals;
        this.reactions = reactions;
        this.moderation = moderation;
        this.consultations = consultations;
        this.questions = questions;
        this.children = children;
        this.complaints = complaints;
        this.handling = handling;
        this.cases = cases;
        this.register = register;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        asAdmin(() -> {
            if (!empty()) {
                log.info("Demo content: the database has content already; nothing added.");
                return null;
            }
            try {
                seed();
            } catch (RuntimeException e) {
                // A half-filled demo database is still usable; the portal itself must start.
                log.error("Demo content could not be completed", e);
            }
            return null;
        });
    }

    /** No dialogue, no consultation, no case: a fresh database. */
    boolean empty() {
        return dialogueAdmin.list().isEmpty() && consultations.mine().isEmpty()
                && cases.count(new CaseFilter(null, null, null, null, null, false, true)) == 0
                && !staff.exist();
    }

    private void seed() {
        List<DemoStaff.Login> logins = staff.create();
        dialogues();
        String classCode = consultation();
        List<String> caseNumbers = complaints();
        StringBuilder console = new StringBuilder("""

                ==> Demo content added (dev profile): dialogues, a children's consultation, complaints and cases.
                    Staff accounts (passwords shown only now; sign in at /personal):
                """);
        logins.forEach(l -> console.append("      ").append(String.format("%-12s %-10s password '%s'%n", l.username(), l.role(), l.password())));
        console.append("    Children's consultation open at /barn with the class code ").append(classCode).append('\n');
        console.append("    Complaints sent (follow them at /klagomal/status): ").append(String.join(", ", caseNumbers)).append('\n');
        console.append("    Mails sent by the portal: /dev/post");
        log.warn(console.toString());
    }

    // ---- dialogues ---------------------------------------------------------------------------------

    private void dialogues() {
        LocalDate today = LocalDate.now(clock);

        // Open, moderated afterwards, in Swedish, English and Finnish, with everything a dialogue holds.
        long parks = dialogueAdmin.create(new Draft(committee("sdn-farsta"), Map.of(
                "sv", new Texts("Trygga parker i Farsta", "Vad gör parkerna i Farsta tryggare för dig?",
                        "Stadsdelsnämnden ska rusta parkerna i Farsta under nästa år. Berätta vad som gör att du "
                                + "känner dig trygg eller otrygg, och föreslå vad vi ska göra.\n\nDialogen är öppen i en månad."),
                "en", new Texts("Safe parks in Farsta", "What would make the parks in Farsta safer for you?",
                        "The district council will renovate the parks in Farsta next year. Tell us what makes you feel "
                                + "safe or unsafe, and suggest what we should do."),
                "fi", new Texts("Turvalliset puistot Farstassa", "Mikä tekisi Farstan puistoista turvallisempia?",
                        "Kaupunginosalautakunta kunnostaa Farstan puistot ensi vuonna. Kerro, mikä saa sinut tuntemaan "
                                + "olosi turvalliseksi, ja ehdota, mitä meidän pitäisi tehdä.")),
                Set.of("farsta"), Set.of("racism", "child_rights"), Set.of(), today.minusDays(10), today.plusDays(20),
                true, true, true, ModerationMode.POST, 3));
        dialogueAdmin.saveQuestions(parks, List.of(
                new QuestionDraft(QuestionKind.SINGLE_CHOICE,
                        Map.of("sv", "Vad är viktigast för dig?", "en", "What matters most to you?", "fi", "Mikä on sinulle tärkeintä?"),
                        Map.of("sv", List.of("Bättre belysning", "Fler bänkar", "Lekplatser"),
                                "en", List.of("Better lighting", "More benches", "Playgrounds"),
                                "fi", List.of("Parempi valaistus", "Lisää penkkejä", "Leikkipaikat"))),
                new QuestionDraft(QuestionKind.SCALE,
                        Map.of("sv", "Hur trygg känner du dig i parken på kvällen?", "en", "How safe do you feel in the park in the evening?",
                                "fi", "Kuinka turvalliseksi tunnet olosi puistossa illalla?"), Map.of()),
                new QuestionDraft(QuestionKind.FREE_TEXT,
                        Map.of("sv", "Något mer du vill berätta?", "en", "Anything else?", "fi", "Haluatko kertoa jotain muuta?"), Map.of())));
        dialogueAdmin.publish(parks);
        List<Long> questions = questionIds(parks);
        answers.answer(parks, Map.of(questions.get(0), choice(0), questions.get(1), scale(2),
                questions.get(2), text("Gångvägen vid dammen är helt mörk efter klockan fem.")), null, Language.SV);
        answers.answer(parks, Map.of(questions.get(0), choice(2), questions.get(1), scale(4)), null, Language.SV);
        answers.answer(parks, Map.of(questions.get(0), choice(0), questions.get(1), scale(3),
                questions.get(2), text("Valaistus puuttuu kokonaan leikkipaikan luota.")), "aino.virtanen@example.org", Language.FI);
        answers.answer(parks, Map.of(questions.get(0), choice(1), questions.get(1), scale(3)), null, Language.EN);
        long lights = proposals.propose(parks, "Belysning längs gångvägen vid Farstanäset",
                "Sätt upp lampor längs gångvägen mellan tunnelbanan och badet, den används av många på väg hem.",
                "kim.nilsson@example.org", Language.SV).postId();
        long benches = proposals.propose(parks, "Benches with backrests for older residents",
                "Many older people walk in the park but there is nowhere to rest with a backrest. Please add a few.",
                null, Language.EN).postId();
        proposals.propose(parks, "Parkkivahdit kesäiltoihin",
                "Nuoret parkkivahdit voisivat olla puistossa kesäiltaisin, kuten muissa kaupunginosissa.", null, Language.FI);
        proposals.comment(lights, "Ja! Jag går där varje kväll och det känns otryggt.", null, Language.SV);
        proposals.comment(lights, "Gärna lampor som inte lyser upp in i husen.", null, Language.SV);
        proposals.comment(benches, "Agree, my mother can't walk the whole path without a break.", null, Language.EN);
        for (int i = 1; i <= 4; i++) {
            reactions.support(lights, "demo-session-" + i, nextAddress());
        }
        reactions.support(benches, "demo-session-1", nextAddress());
        moderation.reply(lights, "Tack för förslaget! Vi tar med belysningen i upprustningen och återkommer i höst.");

        // Open, moderated before publication, with a Yiddish text (right to left): a proposal waits for the moderator.
        long library = dialogueAdmin.create(new Draft(committee("kulturnamnden"), Map.of(
                "sv", new Texts("Framtidens bibliotek", "Hur ska biblioteken se ut om tio år?",
                        "Kulturnämnden vill veta vad du vill göra på biblioteket: läsa, studera, träffas eller något helt annat."),
                "yi", new Texts("די ביבליאָטעק פֿון דער צוקונפֿט", "ווי זאָלן די ביבליאָטעקן אויסזען אין צען יאָר?",
                        "די קולטור־קאָמיסיע וויל וויסן וואָס איר ווילט טאָן אין דער ביבליאָטעק.")),
                Set.of(), Set.of(), Set.of(), today.minusDays(3), today.plusDays(40),
                false, true, true, ModerationMode.PRE, 3));
        dialogueAdmin.publish(library);
        long quiet = proposals.propose(library, "Tysta läsrum med längre öppettider",
                "Ett tyst rum som är öppet till klockan 22 skulle hjälpa alla som pluggar.", null, Language.SV).postId();
        moderation.approve(quiet);
        proposals.propose(library, "ביכער אויף ייִדיש",
                "מער ביכער אויף ייִדיש אין דער ביבליאָטעק, ביטע.", null, Language.YI);

        // Closed with feedback: what the committee did with what people said.
        long sports = dialogueAdmin.create(new Draft(committee("idrottsnamnden"), Map.of(
                "sv", new Texts("Idrottshallar för alla", "Vem får plats i stadens idrottshallar?",
                        "Idrottsnämnden frågade hur tiderna i hallarna kan fördelas rättvist."),
                "en", new Texts("Sports halls for everyone", "Who gets time in the city's sports halls?",
                        "The sports committee asked how hall times can be shared fairly.")),
                Set.of(), Set.of("child_rights"), Set.of(), today.minusDays(60), today.plusDays(5),
                true, true, true, ModerationMode.POST, 3));
        dialogueAdmin.saveQuestions(sports, List.of(new QuestionDraft(QuestionKind.MULTIPLE_CHOICE,
                Map.of("sv", "Vilka tider passar dig?", "en", "Which times suit you?"),
                Map.of("sv", List.of("Förmiddag", "Eftermiddag", "Kväll"), "en", List.of("Morning", "Afternoon", "Evening")))));
        dialogueAdmin.publish(sports);
        long times = questionIds(sports).get(0);
        answers.answer(sports, Map.of(times, new Answer(null, Set.of(1, 2), null)), null, Language.SV);
        answers.answer(sports, Map.of(times, new Answer(null, Set.of(2), null)), null, Language.EN);
        long girls = proposals.propose(sports, "Egna hallider för tjejlag",
                "Tjejlagen får alltid de sena tiderna. Dela tiderna lika.", null, Language.SV).postId();
        proposals.comment(girls, "Samma sak i vår förening.", null, Language.SV);
        dialogueAdmin.close(sports);
        dialogueAdmin.publishFeedback(sports, Map.of(
                "sv", "Tack till alla som svarade. Från januari fördelas kvällstiderna lika mellan flick- och pojklag, "
                        + "och två hallar öppnar på förmiddagen för seniorer.",
                "en", "Thank you to everyone who answered. From January evening times are shared equally between girls' "
                        + "and boys' teams, and two halls open in the morning for seniors."));

        // Closed, feedback still to come.
        long cycling = dialogueAdmin.create(new Draft(committee("trafiknamnden"), Map.of(
                "sv", new Texts("Cykelvägar i Rinkeby-Kista", "Var saknas cykelvägar?",
                        "Trafiknämnden planerar nya cykelvägar och vill veta var de behövs mest.")),
                Set.of("rinkeby-kista"), Set.of(), Set.of(), today.minusDays(45), today.plusDays(2),
                true, true, false, ModerationMode.POST, 3));
        dialogueAdmin.publish(cycling);
        proposals.propose(cycling, "Cykelväg till Kista gård", "Det finns ingen säker väg för barn som cyklar till skolan.",
                null, Language.SV);
        dialogueAdmin.close(cycling);

        // A draft only staff see.
        dialogueAdmin.create(new Draft(committee("aldrenamnden"), Map.of(
                "sv", new Texts("Digital vardag för seniorer", "Vad är svårt med e-tjänster?",
                        "Äldrenämnden förbereder en dialog om stadens e-tjänster.")),
                Set.of(), Set.of(), Set.of(), today.plusDays(14), today.plusDays(44),
                true, true, true, ModerationMode.PRE, 3));
    }

    private List<Long> questionIds(long dialogueId) {
        return dialogues.page(dialogueId, Language.SV).orElseThrow().questions().stream().map(Dialogues.Question::id).toList();
    }

    private static Answer choice(int option) {
        return new Answer(null, Set.of(option), null);
    }

    private static Answer scale(int value) {
        return new Answer(null, null, value);
    }

    private static Answer text(String text) {
        return new Answer(text, null, null);
    }

    // ---- children's consultation ------------------------------------------------------------------

    /** An open consultation for 10–17-year-olds; returns the class code a teacher would hand out. */
    private String consultation() {
        long id = consultations.create(new Consultations.NewConsultation("Hur har du det i skolan?",
                committee("utbildningsnamnden"), Set.of(AgeBand.B10_12, AgeBand.B13_17), List.of("sv", "en", "fi"), false));
        consultations.saveIntros(id, Map.of(
                AgeBand.B10_12, Map.of("sv", "Hur har du det i skolan?", "en", "How are things at school?", "fi", "Miten koulussa menee?"),
                AgeBand.B13_17, Map.of("sv", "Din skola, din åsikt", "en", "Your school, your opinion", "fi", "Sinun koulusi, sinun mielipiteesi")));
        long happy = questions.addQuestion(id, QuestionType.SMILEY, Map.of(
                AgeBand.B10_12, Map.of("sv", "Hur känns det att gå till skolan?", "en", "How does it feel to go to school?",
                        "fi", "Miltä kouluun meneminen tuntuu?"),
                AgeBand.B13_17, Map.of("sv", "Hur trivs du i skolan?", "en", "How do you like your school?",
                        "fi", "Kuinka viihdyt koulussa?")), List.of());
        long listened = questions.addQuestion(id, QuestionType.YES_NO, Map.of(
                AgeBand.B10_12, Map.of("sv", "Lyssnar de vuxna på dig?", "en", "Do the adults listen to you?",
                        "fi", "Kuuntelevatko aikuiset sinua?"),
                AgeBand.B13_17, Map.of("sv", "Får elever vara med och bestämma?", "en", "Do pupils have a say?",
                        "fi", "Saavatko oppilaat osallistua päätöksiin?")), List.of());
        questions.addQuestion(id, QuestionType.FREE_TEXT, Map.of(
                AgeBand.B10_12, Map.of("sv", "Vad skulle du ändra på?", "en", "What would you change?", "fi", "Mitä muuttaisit?"),
                AgeBand.B13_17, Map.of("sv", "Vad skulle du ändra på?", "en", "What would you change?", "fi", "Mitä muuttaisit?")),
                List.of());
        consultations.open(id);
        String code = consultations.createClassCode(id, "rinkeby-kista", AgeBand.B10_12);
        ChildConsultations.Entry entry = children.entry(code).orElseThrow();
        children.submit(entry, Map.of(happy, "4", listened, "yes"));
        children.submit(entry, Map.of(happy, "2", listened, "dont_know"));
        children.submit(entry, Map.of(happy, "5", listened, "no"));
        return code;
    }

    // ---- complaints and cases ---------------------------------------------------------------------

    /** Complaints whose cases stand in every state a case rests in; returns their case numbers. */
    private List<String> complaints() {
        List<String> numbers = new ArrayList<>();
        // Routed to the district committee, answered in Swedish (the resident gets the answer by mail).
        String answered = complaint("TREATMENT", "school", "rinkeby-kista", List.of("ethnicity"), "NAMED",
                "Amir Haddad", "amir.haddad@example.org", "sv",
                "Min son fick inte vara med på skolresan. Läraren sa att föräldrar som inte pratar svenska inte förstår lapparna.");
        numbers.add(answered);
        long answeredCase = routed(answered);
        // A complaint's content is the responsible committee's handlers' alone (not an administrator's).
        asHandlerOf(answeredCase, () -> {
            handling.changeState(answeredCase, CaseState.IN_PROGRESS);
            handling.addNote(answeredCase, "Ringt rektorn, som bekräftar händelsen.");
            handling.answer(answeredCase, "Vi beklagar det som hänt. Skolan har gått igenom rutinerna för information "
                + "till vårdnadshavare, och alla lappar finns nu på flera språk.", "sv");
            return null;
        });
        // Yiddish, named with an e-mail: the receipt mail is in Yiddish (right to left); left assigned.
        String yiddish = complaint("BOTH", "library_culture", "sodermalm", List.of("religion"), "NAMED", "Rivke Goldman",
                "rivke.goldman@example.org", "yi", "דער ביבליאָטעק האָט נישט געלאָזט אַרײַן מײַן רעדשטול, און דער באַאַמטער האָט געלאַכט.");
        numbers.add(yiddish);
        routed(yiddish);
        // Finnish, PIN, no e-mail: in progress at the district committee.
        String finnish = complaint("ACCESSIBILITY", "preschool", "farsta", List.of("disability"), "PIN", null, null, "fi",
                "Päiväkodin sisäänkäynnillä ei ole luiskaa, joten pyörätuolilla ei pääse sisään.");
        numbers.add(finnish);
        long finnishCase = routed(finnish);
        asHandlerOf(finnishCase, () -> {
            handling.changeState(finnishCase, CaseState.IN_PROGRESS);
            return null;
        });
        // English, anonymous, no service or district: triage at the city office.
        String unknown = complaint("TREATMENT", null, null, List.of("sexual_orientation"), "ANONYMOUS", null, null, "en",
                "At the service desk I was told that \"people like you\" should go somewhere else.");
        numbers.add(unknown);
        routed(unknown);
        // Sports, closed after the committee looked into it.
        String closed = complaint("ACCESSIBILITY", "sports_facility", null, List.of("age"), "ANONYMOUS", null, null, "sv",
                "Simhallens lyft har varit trasigt i tre månader, så min pappa kan inte simma längre.");
        numbers.add(closed);
        long closedCase = routed(closed);
        asHandlerOf(closedCase, () -> {
            handling.changeState(closedCase, CaseState.IN_PROGRESS);
            handling.changeState(closedCase, CaseState.CLOSED);
            return null;
        });
        // Traffic, forwarded to the district committee that owns the street.
        String forwarded = complaint("ACCESSIBILITY", "street_traffic", "kungsholmen", List.of(), "NAMED", "Eva Lind",
                "eva.lind@example.org", "sv", "Trottoaren vid busshållplatsen har ingen nedfart, så jag kommer inte fram med rullatorn.");
        numbers.add(forwarded);
        long forwardedCase = routed(forwarded);
        cases.forward(forwardedCase, committee("sdn-kungsholmen"), "Gatan sköts av stadsdelsnämnden.");
        // North Sami, elderly care: assigned, waiting for a handler.
        String sami = complaint("TREATMENT", "elderly_care", "norrmalm", List.of("ethnicity"), "PIN", null, null, "se",
                "Hemtjänsten ii beroštan, go mun hálan sámegiela.");
        numbers.add(sami);
        routed(sami);
        return numbers;
    }

    private String complaint(String concerns, String service, String district, List<String> grounds, String anonymity,
                             String name, String email, String language, String what) {
        Instant openedAt = clock.instant().minus(Duration.ofMinutes(5));
        return complaints.submit(new ComplaintSubmission(concerns, service, district, null,
                LocalDate.now(clock).minusDays(7), what, grounds, null, anonymity, name, email, language, null, openedAt),
                nextAddress()).caseNumber();
    }

    /** Waits until routing's listener has placed the case with a committee (it runs after the commit). */
    private long routed(String caseNumber) {
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            var summary = cases.inboxAt(new CaseFilter(null, null, null, null, null, false, true), 0, 500).stream()
                    .filter(c -> c.caseNumber().equals(caseNumber)).findFirst();
            if (summary.isPresent() && summary.get().state() != CaseState.RECEIVED) {
                return summary.get().id();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("Case " + caseNumber + " was not routed within 30 s");
    }

    private long committee(String code) {
        return register.committeeByCode(code).orElseThrow().id();
    }

    /** A documentation address (RFC 5737) per visitor, as if each resident came from their own connection. */
    private String nextAddress() {
        address++;
        return "192.0.2." + address;
    }

    /** Acts as a handler of the committee the case is with, as the demo's handling of complaints must. */
    private <T> T asHandlerOf(long caseId, Supplier<T> work) {
        long committee = cases.committeeOf(caseId).orElseThrow();
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                ACTOR, "n/a", List.of(new SimpleGrantedAuthority(StaffRole.HANDLER.authority()),
                        new SimpleGrantedAuthority(StaffRole.HANDLER.scopedAuthority(committee)))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static <T> T asAdmin(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                ACTOR, "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
