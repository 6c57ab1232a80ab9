package se.medverka.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.medverka.shared.limits.LimitReached;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.complaint.ComplaintException;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.Complaints;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.ChildConsultations;
import se.medverka.consultation.ConsultationException;
import se.medverka.consultation.ConsultationQuestions;
import se.medverka.consultation.Consultations;
import se.medverka.consultation.QuestionType;
import se.medverka.dialogue.DialogueAdmin;
import se.medverka.dialogue.DialogueAnswers;
import se.medverka.dialogue.DialogueProposals;
import se.medverka.dialogue.DialogueReactions;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.ModerationMode;
import se.medverka.dialogue.QuestionKind;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.Translations;

/**
 * 10 000 random and hostile inputs (huge strings, control characters, NUL, lone surrogates, markup,
 * SQL fragments, format strings, wrong codes) against the services behind every public form. Each
 * call either is accepted with consistent rows, or refused with the module's own exception whose
 * key exists in the Swedish bundle — and then stores nothing. Seeded, so a failure repeats.
 */
@SpringBootTest
class HostileInputFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20261123L);
    static final int CALLS = Integer.getInteger("fuzz.calls", 10_000);

    @Autowired Complaints complaints;
    @Autowired Dialogues dialogues;
    @Autowired DialogueAnswers answering;
    @Autowired DialogueProposals proposing;
    @Autowired DialogueReactions reactions;
    @Autowired DialogueAdmin dialogueAdmin;
    @Autowired ChildConsultations children;
    @Autowired Consultations consultations;
    @Autowired ConsultationQuestions questions;
    @Autowired StaffFixtures fixtures;
    @Autowired JdbcClient jdbc;

    private final Random random = new Random(SEED);
    private final Map<String, String> swedish = Translations.of("sv");
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private int address;

    private static final String[] HOSTILE = {
            "<script>alert(1)</script>", "<img src=x onerror=alert(document.cookie)>", "javascript:alert(1)",
            "'; drop table complaint; --", "' OR '1'='1", "1; select pg_sleep(5)", "$$; delete from routing_case; $$",
            "\u0000", "a\u0000b", "\uD800", "x\uDC00y", "\uDBFF\uDFFF", "\u202Eevil", "\uFEFF", "\r\n\t", "\u0007\u001B[31m",
            "{0}{1}{2,plural,one{x}}", "%s%n%x", "${jndi:ldap://x/a}", "#{7*7}", "../../etc/passwd", "null", "NaN", "-1",
            "     ", "", "ÅÄÖ åäö ייִדיש ᚠ 😀", "sv", "SV", "ANONYMOUS", "anonymous", "EMAIL", "treatment", "x@y",
            "a@b.c\r\nBcc: all@stad.example"};

    @Test
    void hostileInputIsRefusedCleanlyOrStoredWhole() {
        long farsta = fixtures.committeeId("sdn-farsta");
        long dialogue = publishedDialogue(farsta);
        Dialogues.Page page = dialogues.page(dialogue, Language.SV).orElseThrow();
        long proposal = proposing.propose(dialogue, "Fler bänkar", "Vid dammen.", null, Language.SV).postId();
        long consultation = openConsultation(farsta);
        String classCode = StaffFixtures.asHandler("fuzz-handler", farsta,
                () -> consultations.createClassCode(consultation, "farsta", AgeBand.B10_12));
        List<Long> consultationQuestions = children.withoutCode(consultation, AgeBand.B10_12, "sv").orElseThrow()
                .questions().stream().map(ChildConsultations.ChildQuestion::id).toList();
        List<String> services = complaints.serviceTypes();
        List<String> districts = new ArrayList<>(complaints.districts().keySet());

        long started = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            int kind = random.nextInt(100);
            if (kind < 30) {
                call("complaint", () -> complaints.submit(complaint(services, districts), nextAddress()),
                        new int[] {1, 1, 0, 0, 0});
            } else if (kind < 48) {
                call("propose", () -> proposing.propose(pick(dialogue, proposal), text(), text(), email(), language()),
                        new int[] {0, 1, 1, 0, 0});
            } else if (kind < 63) {
                call("comment", () -> proposing.comment(pick(proposal, dialogue), text(), email(), language()),
                        new int[] {0, 0, 1, 0, 0});
            } else if (kind < 78) {
                call("answer", () -> answering.answer(pick(dialogue, proposal), answers(page), email(), language()),
                        null);
            } else if (kind < 88) {
                call("flag", () -> {
                    reactions.flag(pick(proposal, dialogue), text(), "fuzz-session-" + random.nextInt(1_000_000), nextAddress());
                    return null;
                }, null);
            } else {
                call("consultation", () -> {
                    children.submit(new ChildConsultations.Entry(pick(consultation, dialogue), band(),
                            random.nextBoolean() ? classCode : random.nextBoolean() ? null : hostile()),
                            childAnswers(consultationQuestions));
                    return null;
                }, null);
            }
        }
        System.out.printf("FUZZ %d calls in %d ms, seed %d: %s%n", CALLS, (System.nanoTime() - started) / 1_000_000, SEED, outcomes);
        assertThat(outcomes.keySet()).as("every form was both refused and accepted at least once")
                .anyMatch(k -> k.startsWith("complaint accepted")).anyMatch(k -> k.startsWith("complaint refused"))
                .anyMatch(k -> k.startsWith("propose accepted")).anyMatch(k -> k.startsWith("answer accepted"))
                .anyMatch(k -> k.startsWith("consultation accepted"));
        // Accepted complaints and proposals were routed asynchronously; let that finish here, so that no
        // outstanding event is republished into the next test's context.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
    }

    /**
     * Runs one call. Accepted: the counted tables grew by exactly {@code grows} (when given) — a case for
     * every complaint and proposal. Refused: the module's exception with a known key, and nothing grew.
     */
    private void call(String form, Supplier<Object> work, int[] grows) {
        long[] before = counts();
        try {
            work.get();
            outcomes.merge(form + " accepted", 1, Integer::sum);
            if (grows != null) {
                long[] after = counts();
                for (int t = 0; t < grows.length; t++) {
                    assertThat(after[t] - before[t]).as("%s accepted: rows of %s", form, TABLES[t]).isEqualTo(grows[t]);
                }
            }
        } catch (ComplaintException e) {
            e.problems().forEach(p -> assertKnown(form, p.messageKey()));
            refused(form, e.problems().getFirst().messageKey(), before);
        } catch (DialogueException e) {
            assertKnown(form, e.messageKey());
            refused(form, e.messageKey(), before);
        } catch (ConsultationException e) {
            assertKnown(form, e.messageKey());
            refused(form, e.messageKey(), before);
        } catch (LimitReached e) {
            // An abuse limit (e.g. receipts to one e-mail address): a refusal like the others.
            assertKnown(form, e.limit().reason().messageKey());
            refused(form, e.limit().reason().messageKey(), before);
        } catch (RuntimeException e) {
            throw new AssertionError(form + ": unexpected " + e + " (seed " + SEED + ")", e);
        }
    }

    private void refused(String form, String key, long[] before) {
        outcomes.merge(form + " refused", 1, Integer::sum);
        assertThat(counts()).as("%s refused (%s): nothing stored", form, key).containsExactly(before);
    }

    private void assertKnown(String form, String key) {
        assertThat(swedish).as("%s: the refusal's key is in the Swedish bundle", form).containsKey(key);
    }

    private static final String[] TABLES = {"complaint", "routing_case", "dialogue_post", "dialogue_answer",
            "consultation_response", "consultation_answer", "dialogue_flag", "dialogue_participant"};

    private long[] counts() {
        StringBuilder sql = new StringBuilder("select ");
        for (int t = 0; t < TABLES.length; t++) {
            sql.append(t == 0 ? "" : ", ").append("(select count(*) from ").append(TABLES[t]).append(")");
        }
        return jdbc.sql(sql.toString()).query((rs, n) -> {
            long[] c = new long[TABLES.length];
            for (int t = 0; t < c.length; t++) {
                c[t] = rs.getLong(t + 1);
            }
            return c;
        }).single();
    }

    // --- inputs ---------------------------------------------------------------------------------

    private String nextAddress() {
        address++;
        return "10." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255);
    }

    private <T> T pick(T usual, T other) {
        return random.nextInt(10) == 0 ? other : usual;
    }

    private String hostile() {
        return HOSTILE[random.nextInt(HOSTILE.length)];
    }

    /** Mostly ordinary text, else hostile, random code points, or huge. */
    private String text() {
        int r = random.nextInt(10);
        if (r < 4) {
            return "Text " + random.nextInt(1000) + " " + hostile();
        }
        if (r < 6) {
            return hostile();
        }
        if (r < 8) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(80);
            for (int i = 0; i < n; i++) {
                s.append((char) random.nextInt(0x10000)); // lone surrogates and control characters included
            }
            return s.toString();
        }
        if (r < 9) {
            return random.nextBoolean() ? null : "";
        }
        return "x".repeat(1_000 + random.nextInt(200_000)) + hostile();
    }

    private String code(List<String> valid) {
        return random.nextInt(4) == 0 ? hostile() : valid.get(random.nextInt(valid.size()));
    }

    private String email() {
        return switch (random.nextInt(5)) {
            case 0 -> "fuzz" + random.nextInt(1_000_000) + "@stad.example";
            case 1 -> hostile();
            case 2 -> text();
            default -> null;
        };
    }

    private Language language() {
        return random.nextInt(10) == 0 ? Language.values()[random.nextInt(Language.values().length)] : Language.SV;
    }

    private AgeBand band() {
        return random.nextInt(8) == 0 ? AgeBand.B6_9 : AgeBand.B10_12;
    }

    private ComplaintSubmission complaint(List<String> services, List<String> districts) {
        List<String> grounds = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            grounds.add(code(List.of("sex", "ethnicity", "religion", "disability", "age", "sexual_orientation",
                    "transgender_identity")));
        }
        if (random.nextInt(20) == 0) {
            grounds.add(null);
        }
        String anonymity = code(List.of("ANONYMOUS", "PIN", "NAMED"));
        return new ComplaintSubmission(code(List.of("TREATMENT", "ACCESSIBILITY", "BOTH")), code(services), code(districts),
                random.nextBoolean() ? "Biblioteket" : text(),
                random.nextInt(5) == 0 ? LocalDate.now(CityTime.ZONE).plusDays(random.nextInt(20_000) - 10_000) : LocalDate.now(CityTime.ZONE).minusDays(3),
                random.nextInt(3) == 0 ? text() : "Jag blev illa bemött.", grounds,
                random.nextBoolean() ? null : text(), anonymity,
                random.nextBoolean() ? null : text(), "NAMED".equals(anonymity) && random.nextBoolean() ? "a@stad.example" : email(),
                code(List.of("sv", "en", "fi", "yi")),
                random.nextInt(30) == 0 ? hostile() : null,
                random.nextInt(30) == 0 ? Instant.now() : Instant.now().minusSeconds(60));
    }

    private Map<Long, DialogueAnswers.Answer> answers(Dialogues.Page page) {
        Map<Long, DialogueAnswers.Answer> answers = new LinkedHashMap<>();
        for (Dialogues.Question q : page.questions()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            Set<Integer> choices = new HashSet<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                choices.add(random.nextInt(10) == 0 ? random.nextInt() : random.nextInt(4));
            }
            answers.put(q.id(), new DialogueAnswers.Answer(text(), choices,
                    random.nextBoolean() ? null : random.nextInt(5) == 0 ? random.nextInt() : 1 + random.nextInt(5)));
        }
        if (random.nextInt(20) == 0) {
            answers.put(random.nextLong(), new DialogueAnswers.Answer("x", Set.of(), null));
        }
        return answers;
    }

    private Map<Long, String> childAnswers(List<Long> questions) {
        Map<Long, String> answers = new LinkedHashMap<>();
        for (Long q : questions) {
            if (random.nextInt(3) > 0) {
                answers.put(q, random.nextBoolean() ? String.valueOf(1 + random.nextInt(5)) : text());
            }
        }
        if (random.nextInt(20) == 0) {
            answers.put(-1L, "1");
        }
        return answers;
    }

    // --- data -----------------------------------------------------------------------------------

    private long publishedDialogue(long committee) {
        return StaffFixtures.as("fuzz-staff", List.of(StaffRole.HANDLER.authority(), StaffRole.MODERATOR.authority(),
                StaffRole.HANDLER.scopedAuthority(committee), StaffRole.MODERATOR.scopedAuthority(committee)), () -> {
            long id = dialogueAdmin.create(new DialogueAdmin.Draft(committee,
                    Map.of("sv", new DialogueAdmin.Texts("Fuzz", "Tål portalen allt?", "Text.")), Set.of("farsta"),
                    Set.of("child_rights"), Set.of("participation_influence"), LocalDate.now(CityTime.ZONE).minusDays(1),
                    LocalDate.now(CityTime.ZONE).plusDays(30), true, true, true, ModerationMode.POST, 100));
            dialogueAdmin.saveQuestions(id, List.of(
                    new DialogueAdmin.QuestionDraft(QuestionKind.SINGLE_CHOICE, Map.of("sv", "Vad?"), Map.of("sv", List.of("A", "B"))),
                    new DialogueAdmin.QuestionDraft(QuestionKind.MULTIPLE_CHOICE, Map.of("sv", "Vilka?"), Map.of("sv", List.of("A", "B", "C"))),
                    new DialogueAdmin.QuestionDraft(QuestionKind.SCALE, Map.of("sv", "Hur?"), Map.of()),
                    new DialogueAdmin.QuestionDraft(QuestionKind.FREE_TEXT, Map.of("sv", "Mer?"), Map.of())));
            dialogueAdmin.publish(id);
            return id;
        });
    }

    private long openConsultation(long committee) {
        return StaffFixtures.asHandler("fuzz-handler", committee, () -> {
            long id = consultations.create(new Consultations.NewConsultation("Fuzz", committee,
                    EnumSet.of(AgeBand.B6_9, AgeBand.B10_12), List.of("sv"), true));
            Map<AgeBand, Map<String, String>> intro = Map.of(AgeBand.B6_9, Map.of("sv", "Parken"), AgeBand.B10_12, Map.of("sv", "Parken"));
            consultations.saveIntros(id, intro);
            questions.addQuestion(id, QuestionType.SMILEY, Map.of(AgeBand.B6_9, Map.of("sv", "Hur känns det?"),
                    AgeBand.B10_12, Map.of("sv", "Hur känns det?")), List.of());
            questions.addQuestion(id, QuestionType.FREE_TEXT, Map.of(AgeBand.B10_12, Map.of("sv", "Vad vill du ändra?")), List.of());
            consultations.open(id);
            return id;
        });
    }
}
