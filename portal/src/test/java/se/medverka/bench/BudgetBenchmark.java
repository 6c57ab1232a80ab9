package se.medverka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.budget.BudgetProposals;
import se.medverka.budget.BudgetResults;
import se.medverka.budget.BudgetRounds;
import se.medverka.budget.BudgetRounds.AreaAmount;
import se.medverka.budget.BudgetRounds.Method;
import se.medverka.budget.BudgetRounds.RoundForm;
import se.medverka.budget.BudgetVoting;
import se.medverka.budget.Counting;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.testsupport.StaffFixtures;

/**
 * The citizen budget benchmark (profile {@code bench}, not in the default run): counting 100 000
 * ballots of a 20-item ballot through the real service (SQL aggregation, the rule, storing the
 * outcome), and 200 voters casting at once through the voting service (e-identified: keyed hashes,
 * the voter row, the ballot and its items in one transaction). Figures: portal/target/bench-budget.txt.
 * Run: {@code ./mvnw -B -pl portal -Pbench test -Dtest=BudgetBenchmark -Dmedverka.test.db=budget_bench}
 */
@SpringBootTest
class BudgetBenchmark {

    private static final int BALLOTS = Integer.getInteger("bench.ballots", 100_000);
    private static final int ITEMS = 20;
    private static final int VOTERS = Integer.getInteger("bench.voters", 200);

    @Autowired BudgetRounds rounds;
    @Autowired BudgetProposals proposals;
    @Autowired BudgetVoting voting;
    @Autowired BudgetResults results;
    @Autowired RoutingRegister register;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.core.env.Environment environment;

    private final BenchReport report = new BenchReport();

    @Test
    void countingAndConcurrentVoting() throws Exception {
        long committee = register.committeeByCode("sdn-farsta").orElseThrow().id();
        LocalDate today = rounds.today();
        long r = StaffFixtures.asHandler("bench", committee, () -> rounds.create(new RoundForm("Bench " + System.nanoTime(), committee,
                Method.BUDGET, 12, today.minusDays(1), today.plusDays(1), today.plusDays(2), today.plusDays(3), today.plusDays(4),
                List.of(new AreaAmount(register.districts().get(0).id(), 10_000_000)))));
        long area = rounds.round(r).orElseThrow().areas().get(0).id();
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            long id = proposals.propose(r, area, "Förslag " + i, "Text " + i, null, Language.SV).proposalId();
            long cost = 200_000L + 50_000L * i;
            StaffFixtures.asHandler("bench", committee, () -> {
                proposals.review(id, BudgetProposals.Status.FEASIBLE, cost, null, null);
                return null;
            });
            items.add(id);
        }
        move(r, today.minusDays(2)); // voting today

        // 200 voters at once, each e-identified, each casting a ballot of 3 items: a first wave warms
        // the server (JIT, connection pool, the round's key), the next three are measured (the
        // machine is shared, so one wave alone says little).
        report.line("machine: %d cores, load average before (1/5/15 min, runnable/total): %s", Runtime.getRuntime().availableProcessors(),
                loadAverage());
        report.line("portal connection pool: %s", environment.getProperty("spring.datasource.hikari.maximum-pool-size"));
        castWave(r, area, items, 0, new ConcurrentLinkedQueue<>(), 0, false);
        Queue<Double> latencies = new ConcurrentLinkedQueue<>();
        for (int wave = 1; wave <= 3; wave++) {
            Queue<Double> one = new ConcurrentLinkedQueue<>();
            long cpu = processCpuNanos();
            long wall = System.nanoTime();
            castWave(r, area, items, wave * VOTERS, one, 0, false);
            report.percentiles("vote, " + VOTERS + " at once, wave " + wave, one);
            report.line("  wave %d: %.0f ms wall, this JVM's CPU %.0f ms, load average after %s", wave, (System.nanoTime() - wall) / 1e6,
                    (processCpuNanos() - cpu) / 1e6, loadAverage());
            latencies.addAll(one);
        }
        // The same 200 voters' worth arriving spread over two seconds (100 ballots a second), as a
        // busy evening looks, rather than all in the same millisecond.
        Queue<Double> spread = new ConcurrentLinkedQueue<>();
        castWave(r, area, items, 4 * VOTERS, spread, 10, false);
        // At once again, each voter from an address of its own, as behind the city's proxy (the
        // per-connection ballot limit, a bucket in PostgreSQL, counts only replacements and second
        // tries: a first ballot is bounded by its pass).
        Queue<Double> limited = new ConcurrentLinkedQueue<>();
        castWave(r, area, items, 5 * VOTERS, limited, 0, true);
        report.percentiles("vote (service, " + VOTERS + " voters over 2 s)", spread);
        report.percentiles("vote (service, " + VOTERS + " voters at once, waves 1-3)", latencies);
        report.percentiles("vote (" + VOTERS + " at once, each from its own address)", limited);
        report.line("load average after the votes: %s", loadAverage());
        if (!Boolean.parseBoolean(System.getProperty("bench.count", "true"))) {
            report.write(Path.of("target/bench-budget.txt"));
            return;
        }

        // Then 100 000 ballots in the same round, 3–8 random items each, seeded in SQL.
        long seeded = System.nanoTime();
        jdbc.sql("""
                insert into budget_ballot (id, round_id, area_id, channel, band)
                select gen_random_uuid(), :r, :a, 'EID', 'ADULT' from generate_series(1, :n)""")
                .param("r", r).param("a", area)
                .param("n", BALLOTS - jdbc.sql("select count(*) from budget_ballot where round_id = :r").param("r", r).query(Long.class).single())
                .update();
        jdbc.sql("""
                insert into budget_ballot_item (ballot_id, proposal_id)
                select distinct b.id, (array[%s]::bigint[])[1 + floor(random() * 20)::int]
                from budget_ballot b, generate_series(1, 3 + floor(random() * 6)::int)
                where b.round_id = :r and b.replace_tag is null""".formatted(
                        items.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))))
                .param("r", r).update();
        long ballots = jdbc.sql("select count(*) from budget_ballot where round_id = :r").param("r", r).query(Long.class).single();
        long marks = jdbc.sql("select count(*) from budget_ballot_item i join budget_ballot b on b.id = i.ballot_id where b.round_id = :r")
                .param("r", r).query(Long.class).single();
        report.line("seeded %,d ballots with %,d marks on %d items in %.1f s", ballots, marks, ITEMS, (System.nanoTime() - seeded) / 1e9);
        assertThat(ballots).isEqualTo(BALLOTS);
        jdbc.sql("analyze budget_ballot_item").update();
        move(r, today.minusDays(5)); // results today
        report.time("count 100 000 ballots of 20 items (BudgetResults.count)", 2, 10, () -> StaffFixtures.asHandler("bench", committee, () -> {
            results.count(r);
            return null;
        }));
        List<Counting.Item> inMemory = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            inMemory.add(new Counting.Item(i, 200_000L + 50_000L * i, ThreadLocalRandom.current().nextLong(1, 60_000)));
        }
        report.time("the rule alone (Counting.count, 20 items)", 100, 1000, () -> Counting.count(10_000_000, inMemory));
        report.time("results page data (BudgetResults.results)", 2, 20, () -> results.results(r));
        report.write(Path.of("target/bench-budget.txt"));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void castWave(long r, long area, List<Long> items, int offset, Queue<Double> latencies, long gapMillis, boolean addresses)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(VOTERS);
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int v = 0; v < VOTERS; v++) {
            String number = identityNumber(LocalDate.of(1940, 1, 1).plusDays((offset + v) * 13L));
            long delay = gapMillis * v;
            int voter = v;
            done.add(pool.submit(() -> {
                start.await();
                Thread.sleep(delay);
                var rnd = ThreadLocalRandom.current();
                Set<Long> choice = Set.of(items.get(rnd.nextInt(0, 7)), items.get(rnd.nextInt(7, 14)), items.get(rnd.nextInt(14, 20)));
                String address = addresses ? "10.%d.%d.%d".formatted(offset / 200 % 250, voter / 250, voter % 250 + 1) : null;
                long t = System.nanoTime();
                ClientAddress.as(address, () -> {
                    voting.cast(voting.eidPass(r, number), area, choice, false);
                    return null;
                });
                latencies.add((System.nanoTime() - t) / 1e6);
                return null;
            }));
        }
        start.countDown();
        for (var f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private void move(long round, LocalDate start) {
        jdbc.sql("""
                update budget_round set proposals_from = :a, review_from = :b, voting_from = :c, voting_until = :d,
                implementation_from = :e where id = :id""")
                .param("a", start.minusDays(1)).param("b", start).param("c", start.plusDays(1))
                .param("d", start.plusDays(2)).param("e", start.plusDays(10)).param("id", round).update();
    }

    static String identityNumber(LocalDate born) {
        String nine = String.format("%02d%02d%02d239", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth());
        for (int c = 0; c < 10; c++) {
            String ten = nine + c;
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int d = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
                sum += d > 9 ? d - 9 : d;
            }
            if (sum % 10 == 0) {
                return born.getYear() / 100 + ten;
            }
        }
        throw new IllegalStateException();
    }
}
