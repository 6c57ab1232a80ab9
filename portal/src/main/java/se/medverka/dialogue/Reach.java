package se.medverka.dialogue;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.dialogue.internal.DialogueStaff;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.time.CityTime;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.stats.SmallCells;
import se.medverka.shared.stats.SmallCells.Cell;

/**
 * "Who do we reach?": after answering a dialogue or sending a proposal a resident may say their age
 * group, gender and district — or skip. Only counters are kept, per dialogue, question, answer and
 * month: no row per person, no link to what they sent, no exact time. Figures leave this service
 * with small cells suppressed. Deliberately no question about ethnicity, religion, minority or
 * sexual orientation (the programme's caution about statistics on persecuted groups).
 */
@Service
@Transactional
public class Reach {

    public static final List<String> AGES = List.of("under18", "18_29", "30_49", "50_64", "65_79", "80plus", "none");
    public static final List<String> GENDERS = List.of("woman", "man", "other", "none");
    /** District codes come from the register; these two are added. */
    public static final String OUTSIDE = "outside";
    public static final String NONE = "none";

    /** The heading of a question ({@code AGE}, {@code GENDER} or {@code DISTRICT}). */
    public static String questionKey(String question) {
        return switch (question) {
            case "AGE" -> "dialogue.reach.age.label";
            case "GENDER" -> "dialogue.reach.gender.label";
            case "DISTRICT" -> "dialogue.reach.district.label";
            default -> question;
        };
    }

    /**
     * The name of an answer to a question; a district of the register has its own proper name and
     * is returned as its code.
     */
    public static String answerKey(String question, String answer) {
        return switch (question + ":" + answer) {
            case "AGE:under18" -> "dialogue.reach.age.under18.label";
            case "AGE:18_29" -> "dialogue.reach.age.18_29.label";
            case "AGE:30_49" -> "dialogue.reach.age.30_49.label";
            case "AGE:50_64" -> "dialogue.reach.age.50_64.label";
            case "AGE:65_79" -> "dialogue.reach.age.65_79.label";
            case "AGE:80plus" -> "dialogue.reach.age.80plus.label";
            case "AGE:none" -> "dialogue.reach.age.none.label";
            case "GENDER:woman" -> "dialogue.reach.gender.woman.label";
            case "GENDER:man" -> "dialogue.reach.gender.man.label";
            case "GENDER:other" -> "dialogue.reach.gender.other.label";
            case "GENDER:none" -> "dialogue.reach.gender.none.label";
            case "DISTRICT:outside" -> "dialogue.reach.district.outside.label";
            case "DISTRICT:none" -> "dialogue.reach.district.none.label";
            default -> answer;
        };
    }

    /** One question's counts, suppressed: answer code → cell, and the total. */
    public record Breakdown(String question, Map<String, Cell> cells, Cell total) {
    }

    private final JdbcClient jdbc;
    private final RoutingRegister register;
    private final CurrentStaff current;
    private final Clock clock;
    private final AbuseLimits limits;
    private final int threshold;
    private final DialogueStaff dialogueStaff;

    Reach(JdbcClient jdbc, RoutingRegister register, CurrentStaff current, Clock clock, AbuseLimits limits,
          @Value("${medverka.followup.min-cell:5}") int configuredThreshold, DialogueStaff dialogueStaff) {
        this.dialogueStaff = dialogueStaff;
        this.jdbc = jdbc;
        this.register = register;
        this.current = current;
        this.clock = clock;
        this.limits = limits;
        this.threshold = SmallCells.threshold(configuredThreshold);
    }

    /**
     * Counts one resident's answers (any may be null: not answered). Open to anyone; an unknown
     * answer or a dialogue that is not published is refused, and an address is limited per hour.
     */
    @PreAuthorize("permitAll()")
    public void record(long dialogueId, String age, String gender, String district, String clientAddress) {
        Long committee = jdbc.sql("select committee_id from dialogue_dialogue where id = :id and status = 'PUBLISHED'")
                .param("id", dialogueId).query(Long.class).optional().orElseThrow(
                        () -> new DialogueException("dialogue.reach.error.invalid"));
        boolean valid = (age == null || AGES.contains(age)) && (gender == null || GENDERS.contains(gender))
                && (district == null || OUTSIDE.equals(district) || NONE.equals(district)
                || register.districtNames().containsKey(district));
        if (!valid) {
            throw new DialogueException("dialogue.reach.error.invalid");
        }
        if (age == null && gender == null && district == null) {
            return;
        }
        limits.take(Limit.REACH, clientAddress);
        LocalDate month = CityTime.today(clock).withDayOfMonth(1);
        count(dialogueId, committee, month, "AGE", age);
        count(dialogueId, committee, month, "GENDER", gender);
        count(dialogueId, committee, month, "DISTRICT", district);
    }

    private void count(long dialogueId, long committee, LocalDate month, String question, String answer) {
        if (answer == null) {
            return;
        }
        jdbc.sql("""
                insert into dialogue_reach (dialogue_id, committee_id, month, question, answer, n)
                values (:d, :c, :m, :q, :a, 1)
                on conflict (dialogue_id, question, answer, month) do update set n = dialogue_reach.n + 1""")
                .param("d", dialogueId).param("c", committee).param("m", Date.valueOf(month))
                .param("q", question).param("a", answer).update();
    }

    /**
     * The counts of a committee (or, for administrators, the whole city with {@code committeeId}
     * null), optionally of one dialogue, for months starting in [from, to); suppressed.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Breakdown> figures(Long committeeId, Long dialogueId, LocalDate from, LocalDate to) {
        if (committeeId == null ? !current.isAdmin() : !current.mayActFor(StaffRole.HANDLER, committeeId)) {
            throw new AccessDeniedException("not your committee");
        }
        return breakdowns(committeeId, dialogueId, from, to);
    }

    /**
     * The counts of one dialogue since it opened, for the staff who may work on it (the same rule as
     * its results: handlers and moderators of its committee, administrators); suppressed like every
     * figure. Another committee's dialogue is "not found".
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Breakdown> ofDialogue(long dialogueId) {
        dialogueStaff.accessible(dialogueId);
        LocalDate today = CityTime.today(clock);
        // Counters are kept per month since the first answer, so "since it opened" is every month up to this one.
        return breakdowns(null, dialogueId, LocalDate.of(2000, 1, 1), today.withDayOfMonth(1).plusMonths(1));
    }

    /** The smallest count shown (smaller ones are "fewer than" this). */
    @PreAuthorize("hasAnyRole('HANDLER', 'MODERATOR', 'ADMIN')")
    public int minCell() {
        return threshold;
    }

    private List<Breakdown> breakdowns(Long committeeId, Long dialogueId, LocalDate from, LocalDate to) {
        List<String> districts = new ArrayList<>(register.districtNames().keySet());
        districts.add(OUTSIDE);
        districts.add(NONE);
        List<Breakdown> out = new ArrayList<>();
        out.add(breakdown("AGE", AGES, committeeId, dialogueId, from, to));
        out.add(breakdown("GENDER", GENDERS, committeeId, dialogueId, from, to));
        out.add(breakdown("DISTRICT", districts, committeeId, dialogueId, from, to));
        return out;
    }

    private Breakdown breakdown(String question, List<String> answers, Long committeeId, Long dialogueId,
                                LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select answer, sum(n) from dialogue_reach
                where question = :q and month >= :from and month < :to
                  and (cast(:c as bigint) is null or committee_id = :c)
                  and (cast(:d as bigint) is null or dialogue_id = :d)
                group by answer""")
                .param("q", question).param("from", Date.valueOf(from.withDayOfMonth(1))).param("to", Date.valueOf(to))
                .param("c", committeeId, java.sql.Types.BIGINT).param("d", dialogueId, java.sql.Types.BIGINT)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        List<Long> values = answers.stream().map(a -> counts.getOrDefault(a, 0L)).toList();
        long total = values.stream().mapToLong(Long::longValue).sum();
        List<Cell> cells = SmallCells.breakdown(total, values, threshold);
        Map<String, Cell> byAnswer = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            byAnswer.put(answers.get(i), cells.get(i));
        }
        return new Breakdown(question, byAnswer, SmallCells.total(total, threshold));
    }
}
