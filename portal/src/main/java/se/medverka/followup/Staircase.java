package se.medverka.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.csv.CsvFile;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.text.InputText;

/**
 * MR-trappan: each committee assesses, once a year, how far it has come on the six steps (it may
 * revise that year's assessment until the year is over). Handlers assess their own committees;
 * administrators see the city-wide matrix and its change since each committee's previous assessment.
 */
@Service
@Transactional
public class Staircase {

    public static final int STEPS = 6;
    private static final int MAX_TEXT = 2000;

    public enum Level {
        NOT_STARTED, BEGUN, ESTABLISHED;

        /** Key of the level's name, written out so that the unused-key test finds it. */
        public String labelKey() {
            return switch (this) {
                case NOT_STARTED -> "followup.staircase.level.not_started.label";
                case BEGUN -> "followup.staircase.level.begun.label";
                case ESTABLISHED -> "followup.staircase.level.established.label";
            };
        }
    }

    public record Step(int step, Level level, String justification, String nextSteps) {
    }

    /** One committee's row of the matrix: this year's levels and the previous assessment's (either may be missing). */
    public record MatrixRow(CommitteeSummary committee, Map<Integer, Level> levels, Integer previousYear,
                            Map<Integer, Level> previous) {

        /** +1 up, −1 down, 0 the same; {@code null} when there is nothing to compare. */
        public Integer change(int step) {
            Level now = levels.get(step);
            Level before = previous.get(step);
            return now == null || before == null ? null : Integer.signum(now.ordinal() - before.ordinal());
        }
    }

    private final JdbcClient jdbc;
    private final RoutingRegister register;
    private final CurrentStaff current;
    private final AuditLog audit;
    private final Clock clock;

    Staircase(JdbcClient jdbc, RoutingRegister register, CurrentStaff current, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** The committee's assessment of {@code year}, step by step (empty when not yet made). */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Step> assessment(long committeeId, int year) {
        check(committeeId);
        return jdbc.sql("""
                select step, level, justification, next_steps from followup_staircase
                where committee_id = :c and year = :y order by step""")
                .param("c", committeeId).param("y", year)
                .query((rs, n) -> new Step(rs.getInt(1), Level.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Records the committee's assessment of {@code year}: all six steps, each with a justification. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void save(long committeeId, int year, List<Step> steps) {
        check(committeeId);
        if (steps.size() != STEPS || steps.stream().map(Step::step).distinct().count() != STEPS
                || steps.stream().anyMatch(s -> s.step() < 1 || s.step() > STEPS || s.level() == null
                || InputText.isBlank(s.justification()) || s.justification().length() > MAX_TEXT
                || s.nextSteps() == null || s.nextSteps().length() > MAX_TEXT)) {
            throw new IllegalArgumentException("followup.staircase.error.incomplete");
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (Step s : steps) {
            jdbc.sql("""
                    insert into followup_staircase (committee_id, year, step, level, justification, next_steps, assessed_by, assessed_at)
                    values (:c, :y, :s, :l, :j, :n, :by, :at)
                    on conflict (committee_id, year, step) do update set level = excluded.level,
                        justification = excluded.justification, next_steps = excluded.next_steps,
                        assessed_by = excluded.assessed_by, assessed_at = excluded.assessed_at""")
                    .param("c", committeeId).param("y", year).param("s", s.step()).param("l", s.level().name())
                    .param("j", s.justification().strip()).param("n", s.nextSteps().strip())
                    .param("by", current.actor()).param("at", now)
                    .update();
        }
        audit.record(current.actor(), "FOLLOWUP_STAIRCASE_SAVED", "committee", String.valueOf(committeeId),
                String.valueOf(year));
    }

    /** The city-wide matrix for {@code year}: every committee × the six steps, with the previous assessment. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MatrixRow> matrix(int year) {
        Map<Long, Map<Integer, Map<Integer, Level>>> byCommittee = new HashMap<>();
        jdbc.sql("select committee_id, year, step, level from followup_staircase where year <= :y")
                .param("y", year)
                .query(rs -> {
                    byCommittee.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getInt(2), k -> new HashMap<>())
                            .put(rs.getInt(3), Level.valueOf(rs.getString(4)));
                });
        List<MatrixRow> rows = new ArrayList<>();
        for (CommitteeSummary c : register.committees()) {
            Map<Integer, Map<Integer, Level>> years = byCommittee.getOrDefault(c.id(), Map.of());
            Integer previousYear = years.keySet().stream().filter(y -> y < year).max(Integer::compare).orElse(null);
            rows.add(new MatrixRow(c, years.getOrDefault(year, Map.of()), previousYear,
                    previousYear == null ? Map.of() : years.get(previousYear)));
        }
        return rows;
    }

    /** The matrix as CSV ({@link CsvFile}): committee, then level and change per step. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String matrixCsv(int year) {
        List<MatrixRow> rows = matrix(year);
        return CsvFile.text(sheet -> {
            List<String> header = new ArrayList<>(List.of("committee", "year", "previous_year"));
            for (int s = 1; s <= STEPS; s++) {
                header.add("step_" + s);
                header.add("step_" + s + "_change");
            }
            sheet.row(header);
            for (MatrixRow r : rows) {
                List<Object> cells = new ArrayList<>(List.of(r.committee().name(), year,
                        r.previousYear() == null ? "" : r.previousYear()));
                for (int s = 1; s <= STEPS; s++) {
                    Level l = r.levels().get(s);
                    Integer ch = r.change(s);
                    cells.add(l == null ? "" : l.name().toLowerCase());
                    cells.add(ch == null ? "" : ch > 0 ? "up" : ch < 0 ? "down" : "same");
                }
                sheet.row(cells);
            }
        });
    }

    private void check(long committeeId) {
        current.requireCommitteeOrCity(StaffRole.HANDLER, committeeId);
    }
}
