package se.medverka.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.followup.FollowUp;
import se.medverka.followup.Period;
import se.medverka.followup.internal.ComplaintCounts;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.routing.RoutingRegister;
import se.medverka.testsupport.StaffFixtures;

/**
 * The follow-up benchmark (profile {@code bench}, not in the default run): 1 000 000 cases over five
 * years in routing_case and as many complaints counted in follow-up's sealed monthly counts, then the figures of one committee for a year
 * (and of the whole city) through the real service. Figures: portal/target/bench-followup.txt.
 * Run: {@code ./mvnw -B -pl portal -Pbench test -Dtest=FollowUpBenchmark -Dmedverka.test.db=followup_bench}
 */
@SpringBootTest
class FollowUpBenchmark {

    private static final int SEEDED = Integer.getInteger("bench.cases", 1_000_000);
    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 30);

    @Autowired FollowUp followUp;
    @Autowired RoutingRegister register;
    @Autowired JdbcClient jdbc;
    @Autowired ComplaintCounts complaintCounts;
    @Autowired TransactionTemplate transactions;

    private final BenchReport report = new BenchReport();

    @Test
    void committeeDashboardForAYear() throws IOException {
        seed();
        long committee = register.committeeByCode("utbildningsnamnden").orElseThrow().id();
        report.line("sealed committee-months: %,d, cases: %,d", jdbc.sql("select count(*) from followup_complaint_count").query(Long.class).single(),
                jdbc.sql("select count(*) from routing_case").query(Long.class).single());
        report.time("figures committee (handler), year 2024", 5, REPETITIONS, () -> StaffFixtures.asHandler("bench", committee,
                () -> followUp.figures(committee, Period.year(2024))));
        report.time("figures committee (handler), quarter 2024 Q2", 5, REPETITIONS, () -> StaffFixtures.asHandler("bench", committee,
                () -> followUp.figures(committee, Period.quarter(2024, 2))));
        report.time("figures whole city (administrator), year 2024", 5, REPETITIONS, () -> StaffFixtures.asAdmin(() -> followUp.figures(null, Period.year(2024))));
        report.write(Path.of("target/bench-followup.txt"));
    }

    private void seed() {
        long started = System.nanoTime();
        jdbc.sql("""
                insert into routing_case (case_number, kind, reference, service_type_id, district_id, committee_id,
                                          state, language, received_at, acknowledge_due, answer_due, acknowledged_at, answered_at)
                select 'FB-' || lpad(g::text, 8, '0'),
                       (array['COMPLAINT','DIALOGUE_PROPOSAL','CHILD_RESPONSE'])[1 + g % 3],
                       'fbench-' || g,
                       s.ids[1 + g % array_length(s.ids, 1)],
                       d.ids[1 + (g / 7) % array_length(d.ids, 1)],
                       c.ids[1 + (g / 3) % array_length(c.ids, 1)],
                       (array['ASSIGNED','IN_PROGRESS','ANSWERED','CLOSED','CLOSED'])[1 + (g / 11) % 5],
                       'sv',
                       timestamp '2021-01-01' + make_interval(mins => (g::bigint * 2628 / 1000)::int),
                       (date '2021-01-01' + (g::bigint * 1826 / :n)::int) + 2,
                       (date '2021-01-01' + (g::bigint * 1826 / :n)::int) + 14,
                       timestamp '2021-01-01' + make_interval(mins => (g::bigint * 2628 / 1000)::int) + make_interval(days => g % 4),
                       case when g % 5 > 1 then timestamp '2021-01-01' + make_interval(mins => (g::bigint * 2628 / 1000)::int)
                            + make_interval(days => 3 + g % 20) end
                from generate_series(1, :n) g,
                     (select array_agg(id order by id) ids from routing_service_type) s,
                     (select array_agg(id order by id) ids from routing_district) d,
                     (select array_agg(id order by id) ids from routing_committee) c""")
                .param("n", SEEDED).update();
        // The same complaints as before, counted per committee and month in SQL, then sealed: one
        // sealed row per committee and month, as routing's assignments would have left them.
        java.util.Map<String, java.util.Map<String, Long>> months = new java.util.TreeMap<>();
        jdbc.sql("""
                with f as (
                    select c.ids[1 + (g / 3) % array_length(c.ids, 1)] committee,
                           date_trunc('month', date '2021-01-01' + (g::bigint * 1826 / :n)::int)::date m,
                           array['total',
                                 'concerns:' || (array['TREATMENT','ACCESSIBILITY','BOTH'])[1 + g % 3],
                                 'service:' || s.codes[1 + g % array_length(s.codes, 1)],
                                 'district:' || case when g % 17 = 0 then '' else d.codes[1 + (g / 7) % array_length(d.codes, 1)] end]
                           || case g % 4 when 0 then array['ground:'] when 1 then array['ground:ethnicity']
                                         when 2 then array['ground:religion','ground:age']
                                         else array['ground:disability','ground:sex','ground:age'] end keys
                    from generate_series(1, :n) g,
                         (select array_agg(code order by id) codes from routing_service_type) s,
                         (select array_agg(code order by id) codes from routing_district) d,
                         (select array_agg(id order by id) ids from routing_committee) c)
                select committee, m, k, count(*) from f, unnest(keys) k group by committee, m, k""")
                .param("n", SEEDED)
                .query(rs -> {
                    months.computeIfAbsent(rs.getLong(1) + "/" + rs.getDate(2), x -> new java.util.TreeMap<>())
                            .put(rs.getString(3), rs.getLong(4));
                });
        transactions.executeWithoutResult(t -> months.forEach((key, counts) -> {
            String[] parts = key.split("/");
            complaintCounts.merge(Long.parseLong(parts[0]), java.time.LocalDate.parse(parts[1]), counts);
        }));
        jdbc.sql("analyze routing_case").update();
        report.line("seeded %,d cases and %,d complaint facts (2021–2025) in %.1f s", SEEDED, SEEDED, (System.nanoTime() - started) / 1e9);
    }


}
