package se.medverka.followup.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.complaint.ComplaintFigures;
import se.medverka.complaint.FigureSeal;

/**
 * The complaint counts of follow-up: one sealed row per committee and month, holding how many
 * complaints the committee received that month in total, per kind ({@code concerns:…}), service
 * ({@code service:…}), district ({@code district:…}, empty = unknown) and ground ({@code ground:…},
 * empty = none named). No row per complaint and no day; sealed because even a count of 1 in a
 * month would name the grounds of the one case the register shows for that committee and month.
 * A row is changed under its lock ({@code FOR UPDATE}), so concurrent assignments never lose a count.
 */
@Component
public class ComplaintCounts {

    private static final String UNKNOWN_SERVICE = "other";

    private final JdbcClient jdbc;
    private final FigureSeal seal;

    ComplaintCounts(JdbcClient jdbc, FigureSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /** Counts one complaint for {@code committeeId} ({@code +1}) or takes it away again ({@code -1}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long committeeId, ComplaintFigures f, int sign) {
        Map<String, Long> delta = new TreeMap<>();
        keys(f).forEach(k -> delta.put(k, (long) sign));
        merge(committeeId, f.receivedOn().withDayOfMonth(1), delta);
    }

    /** Adds {@code delta} (key → how many) to the counts of one committee and month. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void merge(long committeeId, LocalDate month, Map<String, Long> delta) {
        jdbc.sql("""
                insert into followup_complaint_count (committee_id, month, counts_enc) values (:c, :m, :empty)
                on conflict do nothing""")
                .param("c", committeeId).param("m", Date.valueOf(month))
                .param("empty", seal.seal("", context(committeeId, month))).update();
        String sealed = jdbc.sql("select counts_enc from followup_complaint_count where committee_id = :c and month = :m for update")
                .param("c", committeeId).param("m", Date.valueOf(month)).query(String.class).single();
        Map<String, Long> counts = parse(seal.open(sealed, context(committeeId, month)));
        delta.forEach((k, v) -> counts.merge(k, v, Long::sum));
        counts.values().removeIf(n -> n <= 0);
        jdbc.sql("update followup_complaint_count set counts_enc = :s where committee_id = :c and month = :m")
                .param("s", seal.seal(format(counts), context(committeeId, month)))
                .param("c", committeeId).param("m", Date.valueOf(month)).update();
    }

    /** Locks the two committees' rows of a month in a fixed order, so that two forwards between them cannot deadlock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(long fromCommittee, long toCommittee, ComplaintFigures f) {
        long first = Math.min(fromCommittee, toCommittee);
        long second = Math.max(fromCommittee, toCommittee);
        jdbc.sql("select 1 from followup_complaint_count where committee_id in (:a, :b) and month = :m order by committee_id for update")
                .param("a", first).param("b", second).param("m", Date.valueOf(f.receivedOn().withDayOfMonth(1)))
                .query(Integer.class).list();
        add(fromCommittee, f, -1);
        add(toCommittee, f, +1);
    }

    /**
     * The summed counts of the months {@code from} (inclusive) to {@code to} (exclusive), both first
     * days of a month, of one committee or, when {@code committeeId} is null, of all.
     */
    public Map<String, Long> totals(Long committeeId, LocalDate from, LocalDate to) {
        Map<String, Long> sum = new TreeMap<>();
        jdbc.sql("""
                select committee_id, month, counts_enc from followup_complaint_count
                where month >= :from and month < :to and (:all or committee_id = :c)""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("all", committeeId == null).param("c", committeeId == null ? -1L : committeeId)
                .query(rs -> {
                    LocalDate month = rs.getDate(2).toLocalDate();
                    parse(seal.open(rs.getString(3), context(rs.getLong(1), month)))
                            .forEach((k, v) -> sum.merge(k, v, Long::sum));
                });
        return sum;
    }

    /** Seals again, with the newest key, every row made with an older one; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int reseal() {
        record Sealed(long committee, LocalDate month, String counts) {
        }
        List<Sealed> rows = jdbc.sql("select committee_id, month, counts_enc from followup_complaint_count for update")
                .query((rs, n) -> new Sealed(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3))).list();
        int changed = 0;
        for (Sealed r : rows) {
            if (seal.oldKey(r.counts())) {
                String context = context(r.committee(), r.month());
                jdbc.sql("update followup_complaint_count set counts_enc = :s where committee_id = :c and month = :m")
                        .param("s", seal.seal(seal.open(r.counts(), context), context))
                        .param("c", r.committee()).param("m", Date.valueOf(r.month())).update();
                changed++;
            }
        }
        return changed;
    }

    static List<String> keys(ComplaintFigures f) {
        List<String> keys = new ArrayList<>();
        keys.add("total");
        keys.add("concerns:" + f.concerns());
        keys.add("service:" + (f.serviceType() == null ? UNKNOWN_SERVICE : f.serviceType()));
        keys.add("district:" + (f.district() == null ? "" : f.district()));
        if (f.grounds().isEmpty()) {
            keys.add("ground:");
        }
        f.grounds().stream().distinct().forEach(g -> keys.add("ground:" + g));
        return keys;
    }

    private static String context(long committeeId, LocalDate month) {
        return committeeId + ":" + month;
    }

    private static Map<String, Long> parse(String text) {
        Map<String, Long> counts = new TreeMap<>();
        text.lines().filter(l -> !l.isBlank()).forEach(l -> {
            int eq = l.lastIndexOf('=');
            counts.put(l.substring(0, eq), Long.parseLong(l.substring(eq + 1)));
        });
        return counts;
    }

    private static String format(Map<String, Long> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }
}
