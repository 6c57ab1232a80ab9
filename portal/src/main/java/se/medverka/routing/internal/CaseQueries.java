package se.medverka.routing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.routing.CaseFilter;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseState;
import se.medverka.routing.CaseSummary;
import se.medverka.routing.ResponseTimes;
import se.medverka.shared.time.CityTime;

/**
 * The SQL behind the inbox and the response-time figures, for {@code Cases}. It does not check
 * access: the caller passes the committees the person may see ({@code null} for all).
 */
@Component
public class CaseQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page by answer due date: keyset after {@code after}, or by {@code offset}. */
    public List<CaseSummary> page(CaseFilter filter, Set<Long> visible, CaseSummary after, int offset, int limit) {

        StringBuilder sql = new StringBuilder(SUMMARY_SELECT).append(" where true");
        Map<String, Object> params = new HashMap<>();
        where(filter, visible, sql, params);
        if (after != null) {
            sql.append(" and (c.answer_due, c.id) > (:afterDue, :afterId)");
            params.put("afterDue", after.answerDue());
            params.put("afterId", after.id());
        }
        sql.append(" order by c.answer_due, c.id limit :limit");
        if (offset > 0) {
            sql.append(" offset :offset");
            params.put("offset", offset);
        }
        params.put("limit", Math.max(1, Math.min(limit, 500)));
        LocalDate today = CityTime.today(clock);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> toSummary(rs, today)).list();
    }


    public long count(CaseFilter filter, Set<Long> visible) {

        StringBuilder sql = new StringBuilder("select count(*) from routing_case c where true");
        Map<String, Object> params = new HashMap<>();
        where(filter, visible, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }


    /** One case's inbox row, whoever asks (the caller has checked access). */
    public CaseSummary one(long caseId) {

        LocalDate today = CityTime.today(clock);
        return jdbc.sql(SUMMARY_SELECT + " where c.id = :id").param("id", caseId)
                .query((rs, n) -> toSummary(rs, today)).single();
    }


    /** Aggregates of the cases received in {@code [from, to)}; one committee's, or the city's for {@code null}. */
    public ResponseTimes responseTimes(Long committeeId, LocalDate from, LocalDate to) {

        LocalDate today = CityTime.today(clock);
        return jdbc.sql("""
                select count(*) as received,
                       count(acknowledged_at) as acknowledged,
                       percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - received_at) / 86400.0)
                           filter (where acknowledged_at is not null) as ack_median,
                       count(*) filter (where (acknowledged_at at time zone :zone)::date <= acknowledge_due) as ack_in_time,
                       count(answered_at) as answered,
                       percentile_cont(0.5) within group (order by extract(epoch from answered_at - received_at) / 86400.0)
                           filter (where answered_at is not null) as answer_median,
                       count(*) filter (where (answered_at at time zone :zone)::date <= answer_due) as answer_in_time,
                       count(*) filter (where answered_at is null and state not in ('ANSWERED', 'CLOSED') and answer_due < :today) as overdue
                from routing_case
                where received_at >= :from and received_at < :to
                  and (cast(:committee as bigint) is null or committee_id = :committee)""")
                .param("from", Timestamp.from(CityTime.startOf(from)))
                .param("to", Timestamp.from(CityTime.startOf(to)))
                .param("zone", CityTime.ZONE_ID)
                .param("today", today)
                .param("committee", committeeId, Types.BIGINT)
                .query((rs, n) -> new ResponseTimes(rs.getLong("received"), rs.getLong("acknowledged"),
                        (Double) rs.getObject("ack_median"), rs.getLong("ack_in_time"), rs.getLong("answered"),
                        (Double) rs.getObject("answer_median"), rs.getLong("answer_in_time"), rs.getLong("overdue")))
                .single();
    }

    private static final String SUMMARY_SELECT = """
            select c.id, c.case_number, c.kind, c.state, c.committee_id, m.name as committee_name, s.code as service_code,
                   d.name as district_name, c.received_at, c.acknowledge_due, c.answer_due
            from routing_case c
            left join routing_committee m on m.id = c.committee_id
            left join routing_service_type s on s.id = c.service_type_id
            left join routing_district d on d.id = c.district_id""";

    private void where(CaseFilter filter, Set<Long> visible, StringBuilder sql, Map<String, Object> params) {
        if (visible != null) {
            sql.append(" and c.committee_id in (:mine)");
            params.put("mine", visible.isEmpty() ? List.of(-1L) : visible);
        }
        if (filter.committeeId() != null) {
            sql.append(" and c.committee_id = :committee");
            params.put("committee", filter.committeeId());
        }
        if (filter.kind() != null) {
            sql.append(" and c.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.state() != null) {
            sql.append(" and c.state = :state");
            params.put("state", filter.state().name());
        } else if (!filter.includeClosed()) {
            sql.append(" and c.state <> 'CLOSED'");
        }
        if (filter.districtCode() != null) {
            sql.append(" and c.district_id = (select id from routing_district where code = :district)");
            params.put("district", filter.districtCode());
        }
        if (filter.serviceTypeCode() != null) {
            sql.append(" and c.service_type_id = (select id from routing_service_type where code = :service)");
            params.put("service", filter.serviceTypeCode());
        }
        if (filter.overdueOnly()) {
            sql.append(" and c.state not in ('ANSWERED', 'CLOSED') and c.answer_due < :today");
            params.put("today", CityTime.today(clock));
        }
    }

    private static CaseSummary toSummary(ResultSet rs, LocalDate today) throws SQLException {
        CaseState state = CaseState.valueOf(rs.getString("state"));
        LocalDate answerDue = rs.getObject("answer_due", LocalDate.class);
        long committee = rs.getLong("committee_id");
        return new CaseSummary(rs.getLong("id"), rs.getString("case_number"), CaseKind.valueOf(rs.getString("kind")),
                state, rs.wasNull() ? null : committee, rs.getString("committee_name"), rs.getString("service_code"),
                rs.getString("district_name"), rs.getTimestamp("received_at").toInstant(),
                rs.getObject("acknowledge_due", LocalDate.class), answerDue,
                state.open() && state != CaseState.ANSWERED && answerDue.isBefore(today));
    }
}
