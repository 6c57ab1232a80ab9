package se.medverka.followup.internal;

import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.complaint.ComplaintFigures;

/**
 * Once, after the migration that replaced the plaintext per-complaint facts by sealed monthly counts
 * (V15): seals the old facts (the key is not in the database, so SQL could not) and drops their
 * table. Several nodes may start at once: the table lock makes one do it and the others find nothing.
 */
@Component
class UnsealedFactsConversion {

    private static final Logger log = LoggerFactory.getLogger(UnsealedFactsConversion.class);
    private static final String TABLE = "followup_complaint_fact_unsealed";

    private final JdbcClient jdbc;
    private final ComplaintCounts counts;
    private final TransactionTemplate transactions;

    UnsealedFactsConversion(JdbcClient jdbc, ComplaintCounts counts, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void convert() {
        Integer converted = transactions.execute(status -> {
            if (!exists()) {
                return null;
            }
            jdbc.sql("lock table " + TABLE + " in access exclusive mode").update();
            if (!exists()) {
                return null;
            }
            record Fact(long committee, ComplaintFigures figures) {
            }
            List<Fact> facts = jdbc.sql("select committee_id, concerns, service_type, district, grounds, received_on from " + TABLE)
                    .query((rs, n) -> new Fact(rs.getLong(1), new ComplaintFigures(rs.getString(2), rs.getString(3),
                            rs.getString(4), Arrays.asList((String[]) rs.getArray(5).getArray()),
                            rs.getDate(6).toLocalDate()))).list();
            // Summed per committee and month first: one sealed write per row, not one per fact.
            java.util.Map<String, java.util.Map<String, Long>> months = new java.util.TreeMap<>();
            for (Fact f : facts) {
                java.util.Map<String, Long> month = months.computeIfAbsent(
                        f.committee() + "/" + f.figures().receivedOn().withDayOfMonth(1), k -> new java.util.TreeMap<>());
                ComplaintCounts.keys(f.figures()).forEach(k -> month.merge(k, 1L, Long::sum));
            }
            months.forEach((key, delta) -> {
                String[] parts = key.split("/");
                counts.merge(Long.parseLong(parts[0]), java.time.LocalDate.parse(parts[1]), delta);
            });
            jdbc.sql("drop table " + TABLE).update();
            return facts.size();
        });
        if (converted != null) {
            log.info("Follow-up: sealed {} plaintext complaint facts into monthly counts and dropped {}", converted, TABLE);
        }
    }

    private boolean exists() {
        return jdbc.sql("select to_regclass(:t) is not null").param("t", TABLE).query(Boolean.class).single();
    }
}
