package se.medverka.bench;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.routing.CaseFilter;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseState;
import se.medverka.routing.CaseSummary;
import se.medverka.routing.Cases;
import se.medverka.routing.NewCase;
import se.medverka.routing.RoutingRegister;
import se.medverka.testsupport.StaffFixtures;

/**
 * Not part of the normal test run (its name ends in Benchmark): run by {@code bench/routing.sh}
 * (Maven profile {@code bench}) on a database of its own. Seeds 100 000 cases, times the inbox
 * through the real service, and compares routing throughput with raw PostgreSQL inserts.
 */
@SpringBootTest
class RoutingBenchmark {

    private static final int SEEDED = Integer.getInteger("bench.cases", 100_000);
    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 300);
    private static final int ROUTED = Integer.getInteger("bench.routed", 2_000);
    private static final int PAGE = 50;

    @Autowired Cases cases;
    @Autowired RoutingRegister register;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    private final BenchReport report = new BenchReport();

    @Test
    void inboxAndRoutingAtOneHundredThousandCases() throws Exception {
        seed();
        long education = register.committeeByCode("utbildningsnamnden").orElseThrow().id();
        long district = register.committeeByCode("sdn-bromma").orElseThrow().id();
        report.line("cases in routing_case: %,d", jdbc.sql("select count(*) from routing_case").query(Long.class).single());

        CaseFilter all = CaseFilter.all();
        CaseFilter filtered = new CaseFilter(CaseKind.COMPLAINT, null, "bromma", "preschool", null, true, false);
        CaseFilter byState = new CaseFilter(null, CaseState.IN_PROGRESS, null, "school", null, false, false);
        report.time("inbox admin, first page (all committees, open)", 30, REPETITIONS, () -> StaffFixtures.asAdmin(() -> cases.inbox(all, null, PAGE)));
        report.time("inbox admin, filtered page (complaint, bromma, preschool, overdue)", 30, REPETITIONS,
                () -> StaffFixtures.asAdmin(() -> cases.inbox(filtered, null, PAGE)));
        report.time("inbox admin, filtered page (in progress, school)", 30, REPETITIONS, () -> StaffFixtures.asAdmin(() -> cases.inbox(byState, null, PAGE)));
        report.time("inbox handler of one committee, first page", 30, REPETITIONS, () -> StaffFixtures.asHandler("bench", education, () -> cases.inbox(all, null, PAGE)));
        report.time("inbox handler of one committee, filtered page (complaint, bromma, preschool, overdue)", 30, REPETITIONS,
                () -> StaffFixtures.asHandler("bench", district, () -> cases.inbox(filtered, null, PAGE)));
        // Row 20 000 at the full size; a smaller trial run goes a fifth of the way in.
        int row = Math.min(20_000, SEEDED / 5);
        CaseSummary deep = StaffFixtures.asAdmin(() -> cases.inboxAt(all, row, 1)).getFirst();
        report.time("inbox admin, keyset page after row %,d".formatted(row), 30, REPETITIONS,
                () -> StaffFixtures.asAdmin(() -> cases.inbox(all, deep, PAGE)));
        report.time("inbox admin, offset page at row %,d (grid jump)".formatted(row), 30, REPETITIONS,
                () -> StaffFixtures.asAdmin(() -> cases.inboxAt(all, row, PAGE)));
        report.time("inbox admin, count (grid size)", 30, REPETITIONS, () -> StaffFixtures.asAdmin(() -> cases.count(all)));
        report.time("inbox handler, count (grid size)", 30, REPETITIONS, () -> StaffFixtures.asHandler("bench", education, () -> cases.count(all)));

        routingThroughput();
        rawInsertThroughput();
        Path out = Path.of("target", "bench-routing.txt");
        report.write(out);
        System.out.println("[bench] written to " + out.toAbsolutePath());
    }

    /** 100 000 cases spread over every committee, state, service and district, in one SQL statement. */
    private void seed() {
        long started = System.nanoTime();
        jdbc.sql("""
                insert into routing_case (case_number, kind, reference, service_type_id, district_id, committee_id,
                                          state, language, received_at, acknowledge_due, answer_due)
                select 'BN-' || lpad(g::text, 7, '0'),
                       (array['COMPLAINT','DIALOGUE_PROPOSAL','CHILD_RESPONSE'])[1 + g % 3],
                       'bench-' || g,
                       s.ids[1 + g % array_length(s.ids, 1)],
                       d.ids[1 + (g / 7) % array_length(d.ids, 1)],
                       c.ids[1 + (g / 3) % array_length(c.ids, 1)],
                       (array['ASSIGNED','TRIAGE','FORWARDED','IN_PROGRESS','IN_PROGRESS','ANSWERED','CLOSED','CLOSED','CLOSED','CLOSED'])[1 + (g / 11) % 10],
                       'sv',
                       now() - make_interval(days => g % 400),
                       (current_date - (g % 400)) + 2,
                       (current_date - (g % 400)) + 14
                from generate_series(1, :n) g,
                     (select array_agg(id order by id) ids from routing_service_type) s,
                     (select array_agg(id order by id) ids from routing_district) d,
                     (select array_agg(id order by id) ids from routing_committee) c""")
                .param("n", SEEDED).update();
        jdbc.sql("analyze routing_case").update();
        report.line("seeded %,d cases with generate_series in %.1f s", SEEDED, (System.nanoTime() - started) / 1e9);
    }


    /** Cases through the real path: Cases.open in the submitter's transaction, routed by the listener. */
    private void routingThroughput() throws Exception {
        routingThroughput(1, "bench-routed-");
        routingThroughput(4, "bench-routed4-");
    }

    private void routingThroughput(int threads, String prefix) throws Exception {
        String[] services = {"preschool", "school", "sports_facility", "street_traffic", "other", "housing"};
        String[] districts = {"bromma", "farsta", "skarholmen", "norrmalm", null};
        long first = jdbc.sql("select coalesce(max(id), 0) + 1 from routing_case").query(Long.class).single();
        long started = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = thread; i < ROUTED; i += threads) {
                    String service = services[i % services.length];
                    String district = districts[i % districts.length];
                    String reference = prefix + i;
                    transactions.execute(s -> cases.open(new NewCase(CaseKind.COMPLAINT, reference, service, district,
                            null, "sv")));
                }
            }));
        }
        for (java.util.concurrent.Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        long opened = System.nanoTime();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() ->
                jdbc.sql("select count(*) from routing_case where id >= :first and state = 'RECEIVED'")
                        .param("first", first).query(Long.class).single() == 0);
        long routed = System.nanoTime();
        report.line("routing, %d submitting thread(s): %,d cases opened (one transaction each) in %.2f s = %.0f cases/s", threads,
                ROUTED, (opened - started) / 1e9, ROUTED / ((opened - started) / 1e9));
        report.line("routing, %d submitting thread(s): %,d cases opened and routed in %.2f s = %.0f cases/s"
                + " (open + route + trail + events + registry mail queued)",
                threads, ROUTED, (routed - started) / 1e9, ROUTED / ((routed - started) / 1e9));
    }

    /** What PostgreSQL itself manages on this machine, measured in the same run, for comparison. */
    private void rawInsertThroughput() throws Exception {
        int rows = SEEDED;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_scratch");
            s.execute("create table bench_scratch (id bigint generated by default as identity primary key, "
                    + "case_number text not null unique, kind text not null, reference text not null, "
                    + "committee_id bigint, state text not null, received_at timestamptz not null, answer_due date not null)");
            c.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement("insert into bench_scratch (case_number, kind, reference, "
                    + "committee_id, state, received_at, answer_due) values (?, 'COMPLAINT', ?, ?, 'ASSIGNED', now(), current_date)")) {
                for (int i = 0; i < rows; i++) {
                    p.setString(1, "RAW-" + i);
                    p.setString(2, "raw-" + i);
                    p.setLong(3, 1 + i % 20);
                    p.addBatch();
                    if (i % 1000 == 999) {
                        p.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
                c.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            report.line("raw PostgreSQL: %,d rows by JDBC batch (1 000 per commit) in %.2f s = %.0f rows/s", rows, seconds, rows / seconds);

            started = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement("insert into bench_scratch (case_number, kind, reference, "
                    + "committee_id, state, received_at, answer_due) values (?, 'COMPLAINT', ?, 1, 'ASSIGNED', now(), current_date)")) {
                for (int i = 0; i < ROUTED; i++) {
                    p.setString(1, "ONE-" + i);
                    p.setString(2, "one-" + i);
                    p.executeUpdate();
                    c.commit();
                }
            }
            seconds = (System.nanoTime() - started) / 1e9;
            report.line("raw PostgreSQL: %,d rows one per commit in %.2f s = %.0f rows/s", ROUTED, seconds, ROUTED / seconds);
            c.setAutoCommit(true);
            s.execute("drop table bench_scratch");
        }
    }

}
