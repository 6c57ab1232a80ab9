package se.medverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.dialogue.Dialogues.Order;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.StaffFixtures;

/**
 * The benchmark (not part of the default run; see README "Dialogues"): a dialogue with 10 000
 * proposals, 50 000 comments and 1 000 000 answers. Run in a JVM with -Xmx256m.
 */
@SpringBootTest
class DialogueBench {

    @Autowired DialogueAdmin admin;
    @Autowired Dialogues dialogues;
    @Autowired DialogueResults results;
    @Autowired Moderation moderation;
    @Autowired RoutingRegister register;
    @Autowired JdbcClient jdbc;

    @Test
    void pageQueueAndCsvAtScale() {
        long c = register.committeeByCode("sdn-bromma").orElseThrow().id();
        List<String> roles = List.of(StaffRole.HANDLER.authority(), StaffRole.MODERATOR.authority(),
                StaffRole.HANDLER.scopedAuthority(c), StaffRole.MODERATOR.scopedAuthority(c));
        long id = StaffFixtures.as("bench", roles, () -> {
            long d = admin.create(DialogueTestData.draft(c, ModerationMode.POST, 3));
            admin.saveQuestions(d, DialogueTestData.questions());
            admin.publish(d);
            return d;
        });
        long t0 = System.nanoTime();
        jdbc.sql("""
                insert into dialogue_post (dialogue_id, title, body, language, status, supports, flags, created_at)
                select :d, 'Förslag ' || g, 'Text till förslag ' || g, 'sv',
                       case when g % 20 = 0 then 'PENDING' else 'PUBLISHED' end, g % 97, case when g % 13 = 0 then 1 else 0 end,
                       now() - make_interval(secs => g)
                from generate_series(1, 10000) g""").param("d", id).update();
        jdbc.sql("""
                insert into dialogue_post (dialogue_id, proposal_id, body, language, status, created_at)
                select :d, p.id, 'Kommentar ' || g, 'sv', 'PUBLISHED', now()
                from (select id, row_number() over (order by id) rn from dialogue_post where dialogue_id = :d and proposal_id is null) p
                join generate_series(1, 5) g on true""").param("d", id).update();
        jdbc.sql("update dialogue_post set comments = 5 where dialogue_id = :d and proposal_id is null").param("d", id).update();
        jdbc.sql("""
                insert into dialogue_participant (dialogue_id, language, created_at)
                select :d, 'sv', now() from generate_series(1, 250000)""").param("d", id).update();
        long firstParticipant = jdbc.sql("select min(id) from dialogue_participant where dialogue_id = :d").param("d", id)
                .query(Long.class).single();
        List<Long> q = jdbc.sql("select id from dialogue_question where dialogue_id = :d order by position").param("d", id)
                .query(Long.class).list();
        jdbc.sql("""
                insert into dialogue_answer (dialogue_id, question_id, participant_id, choice, scale, free_text, language, created_at)
                select :d, (array[:q0, :q1, :q2, :q3])[g % 4 + 1], :p + g / 4,
                       case g % 4 when 0 then g % 2 when 1 then g % 3 end,
                       case when g % 4 = 2 then g % 5 + 1 end,
                       case when g % 4 = 3 then 'Fritt svar nummer ' || g || '; med "citat"' end, 'sv', now()
                from generate_series(0, 999999) g""")
                .param("d", id).param("q0", q.get(0)).param("q1", q.get(1)).param("q2", q.get(2)).param("q3", q.get(3))
                .param("p", firstParticipant).update();
        jdbc.sql("analyze").update();
        System.out.printf("BENCH data generated in %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        for (int i = 0; i < 10; i++) {
            render(id);
            StaffFixtures.as("bench", roles, () -> queue());
        }
        long page = 0;
        long queue = 0;
        int runs = 20;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            render(id);
            page = Math.max(page, System.nanoTime() - s);
            s = System.nanoTime();
            StaffFixtures.as("bench", roles, () -> queue());
            queue = Math.max(queue, System.nanoTime() - s);
        }
        System.out.printf("BENCH dialogue page (slowest of %d): %.1f ms; moderation queue: %.1f ms%n", runs, page / 1e6, queue / 1e6);

        long[] bytes = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long s = System.nanoTime();
        StaffFixtures.as("bench", roles, () -> {
            results.writeCsv(id, sink);
            return null;
        });
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("BENCH CSV of 1 000 000 answers: %d MB in %.1f s, heap max %d MiB, peak used %d MiB%n",
                bytes[0] / 1_000_000, (System.nanoTime() - s) / 1e9, Runtime.getRuntime().maxMemory() / 1024 / 1024,
                heapPeak / 1024 / 1024);
        assertThat(page).isLessThan(300_000_000L);
        assertThat(queue).isLessThan(300_000_000L);
    }

    private void render(long id) {
        dialogues.page(id, Language.FI);
        dialogues.proposals(id, Order.NEWEST, 0, DialogueViewPage.SIZE);
        dialogues.proposals(id, Order.MOST_SUPPORTED, 0, DialogueViewPage.SIZE);
    }

    private Object queue() {
        moderation.queueSize();
        return moderation.queue(0, 50);
    }

    /** The page size the dialogue view asks for. */
    private static final class DialogueViewPage {
        static final int SIZE = 20;
    }
}
