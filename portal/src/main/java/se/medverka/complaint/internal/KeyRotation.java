package se.medverka.complaint.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.complaint.ComplaintEvents.ComplaintKeyRotated;

/**
 * Re-encrypts all complaint content with the newest key (the first of {@code MEDVERKA_COMPLAINT_KEYS}),
 * so that an older key can be retired: every field of every complaint, every note and answer, and —
 * through {@link ComplaintKeyRotated} — follow-up's sealed counts. In batches, each its own
 * transaction holding its rows' locks, so it can run while the portal serves residents and can be
 * run again after an interruption (what is already under the newest key is left alone).
 * <p>
 * PIN hashes cannot be re-keyed without the PIN: a PIN made with an older key is re-hashed with the
 * newest one when the resident next uses it ({@code Complaints.status}), and goes with the complaint
 * at erasure; {@link Result#pinsOnOlderKeys()} says how many still need an older key.
 */
@Component
public class KeyRotation {

    private static final int BATCH = 200;
    private static final List<String> FIELDS = List.of("place", "what", "wish", "grounds", "name", "email");

    /** What the run changed, and what still needs an older key afterwards. */
    public record Result(int complaints, int notes, int answers, int pinsOnOlderKeys) {
    }

    private final JdbcClient jdbc;
    private final ComplaintCrypto crypto;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    KeyRotation(JdbcClient jdbc, ComplaintCrypto crypto, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.crypto = crypto;
        this.transactions = transactions;
        this.events = events;
    }

    public Result reencryptAll() {
        String current = crypto.currentKeyId() + ":%";
        int complaints = 0;
        int batch;
        do {
            batch = transactions.execute(s -> complaintBatch(current));
            complaints += batch;
        } while (batch == BATCH);
        int notes = 0;
        do {
            batch = transactions.execute(s -> bodyBatch("complaint_note", "note", current));
            notes += batch;
        } while (batch == BATCH);
        int answers = 0;
        do {
            batch = transactions.execute(s -> bodyBatch("complaint_answer", "answer", current));
            answers += batch;
        } while (batch == BATCH);
        transactions.executeWithoutResult(s -> events.publishEvent(new ComplaintKeyRotated()));
        int pins = jdbc.sql("select count(*) from complaint where pin_hash is not null and pin_hash not like :p")
                .param("p", "pin:" + current).query(Integer.class).single();
        return new Result(complaints, notes, answers, pins);
    }

    private int complaintBatch(String current) {
        String older = String.join(" or ", FIELDS.stream().map(f -> f + "_enc not like :current").toList());
        List<Map<String, Object>> rows = jdbc.sql("select id, reference, " + String.join(", ", FIELDS.stream().map(f -> f + "_enc").toList())
                        + " from complaint where " + older + " order by id limit " + BATCH + " for update")
                .param("current", current).query().listOfRows();
        for (Map<String, Object> row : rows) {
            String reference = ((UUID) row.get("reference")).toString();
            var update = jdbc.sql("update complaint set " + String.join(", ", FIELDS.stream().map(f -> f + "_enc = :" + f).toList())
                    + " where id = :id").param("id", row.get("id"));
            for (String field : FIELDS) {
                update = update.param(field, reencrypt((String) row.get(field + "_enc"), reference, field), java.sql.Types.VARCHAR);
            }
            update.update();
        }
        return rows.size();
    }

    private int bodyBatch(String table, String field, String current) {
        record Body(long id, String reference, String body) {
        }
        List<Body> rows = jdbc.sql("select t.id, c.reference, t.body_enc from " + table + " t join complaint c on c.id = t.complaint_id"
                        + " where t.body_enc not like :current order by t.id limit " + BATCH + " for update of t")
                .param("current", current)
                .query((rs, n) -> new Body(rs.getLong(1), rs.getObject(2, UUID.class).toString(), rs.getString(3))).list();
        for (Body b : rows) {
            jdbc.sql("update " + table + " set body_enc = :b where id = :id")
                    .param("b", reencrypt(b.body(), b.reference(), field)).param("id", b.id()).update();
        }
        return rows.size();
    }

    private String reencrypt(String stored, String reference, String field) {
        return stored == null ? null : crypto.encrypt(crypto.decrypt(stored, reference, field), reference, field);
    }
}
