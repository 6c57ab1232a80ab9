package se.medverka.budget.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.budget.BudgetException;
import se.medverka.routing.CaseKind;
import se.medverka.routing.Cases;
import se.medverka.shared.records.PublicRecords;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;

/**
 * Citizen budget proposals (cases of kind {@code BUDGET_PROPOSAL}) as public records: one document
 * with the round, the area (district or the whole city), the title, the description as the resident
 * wrote it and the staff's review decision with its cost or reason (and, once counted, the votes). The
 * picture is left out: it is not a text the secrecy review can redact, and the archive package holds
 * PDF/A text documents only. For handlers of the committee the proposal's case is with.
 */
@Component
@Transactional
public class BudgetProposalRecords implements PublicRecords {

    private record Row(long caseId, String caseNumber, String round, String area, String title, String body, String language,
                       String status, String reason, String mergedInto, Long cost, Integer votes, boolean won, Instant createdAt,
                       boolean picture, Instant receivedAt, Instant closedAt) {
    }

    private static final String SELECT = """
            select p.case_id, p.case_number, r.title as round, d.name as area, p.title, p.body, p.language, p.status, p.reason,
                   (select q.case_number from budget_proposal q where q.id = p.merged_into) as merged_number, p.cost, p.votes, p.won, p.created_at, p.picture is not null as pic,
                   rc.received_at, rc.closed_at
            from budget_proposal p join budget_round r on r.id = p.round_id
            join budget_area a on a.id = p.area_id left join routing_district d on d.id = a.district_id
            join routing_case rc on rc.id = p.case_id""";

    private final JdbcClient jdbc;
    private final Cases cases;
    private final CurrentStaff current;

    BudgetProposalRecords(JdbcClient jdbc, Cases cases, CurrentStaff current) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.current = current;
    }

    @Override
    public String caseKind() {
        return CaseKind.BUDGET_PROPOSAL.name();
    }

    @Override
    @PreAuthorize("hasRole('HANDLER')")
    @Transactional(readOnly = true)
    public Optional<Long> caseIdOf(String caseNumber) {
        String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase(Locale.ROOT);
        return jdbc.sql("select case_id from budget_proposal where case_number = :n and case_id is not null").param("n", number)
                .query(Long.class).optional().filter(this::handles);
    }

    @Override
    @PreAuthorize("hasRole('HANDLER')")
    @Transactional(readOnly = true)
    public List<Document> documents(long caseId) {
        Row p = (handles(caseId) ? jdbc.sql(SELECT + " where p.case_id = :c").param("c", caseId).query(BudgetProposalRecords::row).optional()
                : Optional.<Row>empty()).orElseThrow(() -> new BudgetException("budget.staff.error.notfound"));
        return List.of(document(p));
    }

    @Override
    @PreAuthorize("hasRole('HANDLER')")
    @Transactional(readOnly = true)
    public void closedCases(long committeeId, int year, Consumer<ClosedCase> each) {
        if (!current.committees(StaffRole.HANDLER).contains(committeeId)) {
            throw new BudgetException("budget.staff.error.notfound");
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(CityTime.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(CityTime.ZONE).toInstant();
        jdbc.sql(SELECT + "\n" + """
                 where rc.kind = 'BUDGET_PROPOSAL' and rc.committee_id = :c and rc.state = 'CLOSED'
                   and rc.closed_at >= :from and rc.closed_at < :to
                 order by p.case_id""")
                .param("c", committeeId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .withFetchSize(200)
                .query((RowCallbackHandler) rs -> {
                    Row p = row(rs, 0);
                    each.accept(new ClosedCase(p.caseId(), p.caseNumber(), caseKind(), "Medborgarbudgetförslag",
                            "Medborgarbudgetförslag " + p.caseNumber() + ": " + p.title(), p.receivedAt(), p.closedAt(),
                            List.of("Omgång: " + p.round(), "Språk: " + p.language(),
                                    "Bild: " + (p.picture() ? "finns i ärendet, ingår inte i leveransen" : "ingen")),
                            List.of(document(p))));
                });
    }

    private static Document document(Row p) {
        StringBuilder text = new StringBuilder();
        text.append("Medborgarbudget: ").append(p.round()).append('\n');
        text.append("Område: ").append(p.area() == null ? "Hela staden" : p.area()).append('\n');
        text.append("Inkom: ").append(p.createdAt().atZone(CityTime.ZONE).toLocalDate()).append("\n\n");
        text.append("Förslag: ").append(p.title()).append("\n\n");
        text.append("Beskrivning: ").append(p.body()).append("\n\n");
        text.append("Beslut: ").append(switch (p.status()) {
            case "FEASIBLE" -> "genomförbart, kostnad " + kronor(p.cost());
            case "NOT_FEASIBLE" -> "inte genomförbart. Skäl: " + p.reason();
            case "MERGED" -> "sammanfört med förslaget i ärende " + p.mergedInto() + ". Skäl: " + p.reason();
            default -> "inte prövat";
        });
        if (p.votes() != null) {
            text.append("\n\nRöster: ").append(p.votes()).append(p.won() ? " (vann)" : "");
        }
        return Document.text("proposal", "Förslag " + p.caseNumber() + ": " + p.title(), p.createdAt(), text.toString());
    }

    private static String kronor(Long amount) {
        return amount == null ? "" : NumberFormat.getIntegerInstance(Locale.forLanguageTag("sv-SE")).format(amount) + " kr";
    }

    private boolean handles(long caseId) {
        return cases.committeeOf(caseId).filter(current.committees(StaffRole.HANDLER)::contains).isPresent();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Row(rs.getLong("case_id"), rs.getString("case_number"), rs.getString("round"), rs.getString("area"),
                rs.getString("title"), rs.getString("body"), rs.getString("language"), rs.getString("status"), rs.getString("reason"),
                rs.getString("merged_number"), (Long) rs.getObject("cost"), (Integer) rs.getObject("votes"), rs.getBoolean("won"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("pic"), rs.getTimestamp("received_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }
}
