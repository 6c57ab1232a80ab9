package se.medverka.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.budget.BudgetFigures;
import se.medverka.budget.BudgetResults;
import se.medverka.complaint.Complaints;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.ConsultationFigures;
import se.medverka.dialogue.DialogueFigures;
import se.medverka.complaint.Complaints;
import se.medverka.dialogue.Reach;
import se.medverka.followup.Figures.Row;
import se.medverka.followup.Figures.Table;
import se.medverka.followup.internal.ComplaintCounts;
import se.medverka.routing.Cases;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.DistrictSummary;
import se.medverka.routing.ResponseTimes;
import se.medverka.routing.RoutingRegister;
import se.medverka.routing.ServiceTypeSummary;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.stats.SmallCells;
import se.medverka.shared.stats.SmallCells.Cell;
import se.medverka.routing.ServiceType;
import se.medverka.shared.codes.Coded;
import se.medverka.shared.codes.Ground;

/**
 * The follow-up figures. A handler sees the committees they handle, an administrator every committee
 * and the whole city. Every figure is suppressed here, before it leaves the service, so that the
 * screen, the printable view and the CSV show the same and none can reveal a small cell.
 */
@Service
@Transactional(readOnly = true)
public class FollowUp {

    /** The seven grounds of the Discrimination Act, in the law's order. */
    public static final List<String> GROUNDS = Coded.codes(Ground.class);
    public static final List<String> CONCERNS = List.of("TREATMENT", "ACCESSIBILITY", "BOTH");

    private final ComplaintCounts complaintCounts;
    private final RoutingRegister register;
    private final Cases cases;
    private final DialogueFigures dialogues;
    private final se.medverka.council.CouncilFigures councilFigures;
    private final se.medverka.dialogue.DialogueInvitations samrad;
    private final ConsultationFigures consultations;
    private final BudgetFigures budgets;
    private final Complaints complaints;
    private final Reach reach;
    private final CurrentStaff current;
    private final int threshold;

    FollowUp(ComplaintCounts complaintCounts, RoutingRegister register, Cases cases, DialogueFigures dialogues, ConsultationFigures consultations,
             Complaints complaints, Reach reach, CurrentStaff current,
             @Value("${medverka.followup.min-cell:5}") int configuredThreshold,
             se.medverka.council.CouncilFigures councilFigures, se.medverka.dialogue.DialogueInvitations samrad, BudgetFigures budgets) {
        this.budgets = budgets;
        this.councilFigures = councilFigures;
        this.samrad = samrad;
        this.complaints = complaints;
        this.reach = reach;
        this.dialogues = dialogues;
        this.consultations = consultations;
        this.complaintCounts = complaintCounts;
        this.register = register;
        this.cases = cases;
        this.current = current;
        this.threshold = SmallCells.threshold(configuredThreshold);
    }

    /** The threshold in force: the configured one, never below 3. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public int threshold() {
        return threshold;
    }

    /** The committees whose figures the person may see. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public List<CommitteeSummary> committees() {
        return register.committees().stream()
                .filter(c -> current.isAdmin() || current.committees(StaffRole.HANDLER).contains(c.id()))
                .toList();
    }

    /** The figures of one committee, or of the whole city when {@code committeeId} is {@code null} (administrators). */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public Figures figures(Long committeeId, Period period) {
        current.requireCommitteeOrCity(StaffRole.HANDLER, committeeId);
        // Counts exist per month only (no day is kept), so a period covers the whole months it touches.
        period = period.wholeMonths();
        Map<String, Long> counts = complaintCounts.totals(committeeId, period.from(), period.to());
        long total = counts.getOrDefault("total", 0L);
        List<Table> tables = new ArrayList<>();

        List<String> groundCodes = new ArrayList<>(GROUNDS);
        groundCodes.add("");
        tables.add(breakdown("grounds", total, groundCodes, prefixed(counts, "ground:"),
                code -> code.isEmpty() ? "followup.dashboard.grounds.none.label" : Coded.labelKey(Ground.class, code), true));

        tables.add(breakdown("concerns", total, CONCERNS, prefixed(counts, "concerns:"),
                FollowUp::concernKey, true));

        List<String> services = register.serviceTypes().stream().map(ServiceTypeSummary::code).toList();
        tables.add(breakdown("services", total, services, prefixed(counts, "service:"),
                ServiceType::labelKey, true));

        Map<String, String> districtNames = new java.util.LinkedHashMap<>();
        register.districts().forEach((DistrictSummary d) -> districtNames.put(d.code(), d.name()));
        List<String> districts = new ArrayList<>(districtNames.keySet());
        districts.add("");
        Table byDistrict = breakdown("districts", total, districts, prefixed(counts, "district:"),
                code -> code.isEmpty() ? "followup.dashboard.districts.unknown.label" : districtNames.get(code), false);
        // District names are proper names; only "unknown" is a translation key.
        List<Row> districtRows = byDistrict.rows().stream()
                .map(r -> r.code().isEmpty() ? new Row(r.code(), r.label(), true, r.cell(), null) : r).toList();
        tables.add(new Table("districts", districtRows, byDistrict.total()));

        tables.add(responseTable(cases.responseTimes(committeeId, period.from(), period.to())));

        DialogueFigures.Participation d = dialogues.participation(committeeId, period.from(), period.to());
        // The number of dialogues is about the city's work, not about people: shown as it is.
        tables.add(new Table("dialogues", List.of(
                Row.count("participants", "followup.dashboard.dialogues.participants.label", true, SmallCells.single(d.participants(), threshold)),
                Row.count("proposals", "followup.dashboard.dialogues.proposals.label", true, SmallCells.single(d.proposals(), threshold)),
                Row.count("comments", "followup.dashboard.dialogues.comments.label", true, SmallCells.single(d.comments(), threshold))),
                Row.count("total", "followup.dashboard.dialogues.count.label", true, Cell.of(d.dialogues()))));

        tables.addAll(participationOfTargetGroups(committeeId, period));

        Map<AgeBand, Long> bands = consultations.responsesByBand(committeeId, period.from(), period.to());
        long children = bands.values().stream().mapToLong(Long::longValue).sum();
        List<Cell> bandCells = SmallCells.breakdown(children, List.copyOf(bands.values()), threshold);
        List<Row> bandRows = new ArrayList<>();
        int i = 0;
        for (AgeBand b : bands.keySet()) {
            bandRows.add(Row.count(b.name(), b.labelKey(), true, bandCells.get(i++)));
        }
        tables.add(new Table("children", bandRows, Row.count("total", "followup.dashboard.children.total.label", true,
                SmallCells.total(children, threshold))));
        // Citizen budgets: ballots per age band, counted in the period their round's voting closed.
        Map<String, Long> ballots = budgets.ballotsByBand(committeeId, period.from(), period.to());
        tables.add(breakdown("budget_bands", ballots.values().stream().mapToLong(Long::longValue).sum(), BudgetResults.BANDS, ballots,
                BudgetResults::bandLabelKey, true));
        // Assisted submission: how complaints came in (web, or registered by staff for a resident).
        Map<String, Long> channels = complaints.perChannel(committeeId, period.from(), period.to());
        List<String> channelCodes = new ArrayList<>();
        channelCodes.add(Complaints.WEB);
        channelCodes.addAll(Complaints.ASSISTED_CHANNELS);
        tables.add(breakdown("channels", channels.values().stream().mapToLong(Long::longValue).sum(), channelCodes, channels,
                FollowUp::channelKey, true));
        // Assisted proposals: how dialogue proposals came in, with the same channel labels.
        Map<String, Long> proposalChannels = dialogues.proposalsPerChannel(committeeId, period.from(), period.to());
        List<String> proposalCodes = new ArrayList<>();
        proposalCodes.add("WEB");
        proposalCodes.addAll(se.medverka.dialogue.DialogueProposals.ASSISTED_CHANNELS);
        tables.add(breakdown("proposal_channels", proposalChannels.values().stream().mapToLong(Long::longValue).sum(),
                proposalCodes, proposalChannels,
                FollowUp::channelKey, true));
        // Assisted answers: how visits that answered a dialogue's questions came in.
        Map<String, Long> answerChannels = dialogues.answersPerChannel(committeeId, period.from(), period.to());
        tables.add(breakdown("answer_channels", answerChannels.values().stream().mapToLong(Long::longValue).sum(),
                proposalCodes, answerChannels,
                FollowUp::channelKey, true));
        // "Who do we reach?": the optional questions after dialogue answers and proposals, already suppressed.
        Map<String, String> names = register.districtNames();
        for (Reach.Breakdown b : reach.figures(committeeId, null, period.from(), period.to())) {
            String q = b.question().toLowerCase(java.util.Locale.ROOT);
            List<Row> rows = new ArrayList<>();
            b.cells().forEach((code, cell) -> rows.add(names.containsKey(code) && "DISTRICT".equals(b.question())
                    ? Row.count(code, names.get(code), false, cell)
                    : Row.count(code, Reach.answerKey(b.question(), code), true, cell)));
            tables.add(new Table("reach_" + q, rows, Row.count("total", "followup.dashboard.total.label", true, b.total())));
        }
        return new Figures(committeeId, period, threshold, List.copyOf(tables));
    }

    /** The counts whose key starts with {@code prefix}, by the rest of the key. */
    private static Map<String, Long> prefixed(Map<String, Long> counts, String prefix) {
        Map<String, Long> out = new HashMap<>();
        counts.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    private Table breakdown(String key, long total, List<String> codes, Map<String, Long> counts,
                            java.util.function.Function<String, String> label, boolean translate) {
        List<Long> values = codes.stream().map(c -> counts.getOrDefault(c, 0L)).toList();
        List<Cell> cells = SmallCells.breakdown(total, values, threshold);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            rows.add(Row.count(codes.get(i), label.apply(codes.get(i)), translate, cells.get(i)));
        }
        return new Table(key, rows, Row.count("total", "followup.dashboard.total.label", true,
                SmallCells.total(total, threshold)));
    }

    /**
     * Response times: nothing when fewer cases than the threshold were received; a median or share
     * only when the cases it is based on reach the threshold.
     */
    private Table responseTable(ResponseTimes t) {
        boolean few = t.received() > 0 && t.received() < threshold;
        List<Row> rows = new ArrayList<>();
        rows.add(count("acknowledged", "followup.dashboard.response.acknowledged.label", few, t.acknowledged()));
        rows.add(decimal("ackmedian", "followup.dashboard.response.ackmedian.label", few || t.acknowledged() < threshold, t.medianDaysToAcknowledge()));
        rows.add(decimal("ackshare", "followup.dashboard.response.ackshare.label", few || t.acknowledged() < threshold,
                t.acknowledged() == 0 ? null : 100.0 * t.acknowledgedInTime() / t.acknowledged()));
        rows.add(count("answered", "followup.dashboard.response.answered.label", few, t.answered()));
        rows.add(decimal("answermedian", "followup.dashboard.response.answermedian.label", few || t.answered() < threshold, t.medianDaysToAnswer()));
        rows.add(decimal("answershare", "followup.dashboard.response.answershare.label", few || t.answered() < threshold,
                t.answered() == 0 ? null : 100.0 * t.answeredInTime() / t.answered()));
        rows.add(count("overdue", "followup.dashboard.response.overdue.label", few, t.overdue()));
        return new Table("response", rows, Row.count("total", "followup.dashboard.response.received.label", true,
                SmallCells.total(t.received(), threshold)));
    }

    private Row count(String code, String labelKey, boolean few, long n) {
        return Row.count(code, labelKey, true,
                few ? (n == 0 ? Cell.of(0) : Cell.FEW) : SmallCells.single(n, threshold));
    }

    private Row decimal(String code, String labelKey, boolean few, Double value) {
        if (value == null) {
            return new Row(code, labelKey, true, Cell.of(0), null);
        }
        return new Row(code, labelKey, true, few ? Cell.FEW : Cell.of(0), value);
    }

    /** The name of a complaint's concern ({@code CONCERNS}). */
    private static String concernKey(String code) {
        return switch (code) {
            case "TREATMENT" -> "followup.dashboard.concerns.treatment.label";
            case "ACCESSIBILITY" -> "followup.dashboard.concerns.accessibility.label";
            case "BOTH" -> "followup.dashboard.concerns.both.label";
            default -> code;
        };
    }

    /** The name of a channel something came in by: the web, or staff registering it for a resident. */
    private static String channelKey(String code) {
        return switch (code) {
            case "WEB" -> "followup.dashboard.channels.web.label";
            case "PHONE" -> "followup.dashboard.channels.phone.label";
            case "VISIT" -> "followup.dashboard.channels.visit.label";
            case "LETTER" -> "followup.dashboard.channels.letter.label";
            case "INTERPRETER" -> "followup.dashboard.channels.interpreter.label";
            default -> code;
        };
    }

    /**
     * Councils, referrals and samråd with the national minorities (issue 15): counts of the city's
     * work, shown as they are, which MR-trappan's step 4 ("Delaktighet och inflytande tillgodoses") cites.
     */
    private List<Table> participationOfTargetGroups(Long committeeId, Period period) {
        se.medverka.council.CouncilFigures.Activity a = councilFigures.activity(committeeId, period.from(), period.to());
        Table councils = new Table("councils", List.of(
                Row.count("meetings", "followup.dashboard.councils.meetings.label", true, Cell.of(a.meetingsHeld())),
                Row.count("minutes", "followup.dashboard.councils.minutes.label", true, Cell.of(a.minutesPublished())),
                Row.count("referrals", "followup.dashboard.councils.referrals.label", true, Cell.of(a.referralsSent())),
                Row.count("answered", "followup.dashboard.councils.answered.label", true, Cell.of(a.answered())),
                Row.count("ontime", "followup.dashboard.councils.ontime.label", true, Cell.of(a.answeredOnTime())),
                Row.count("extensions", "followup.dashboard.councils.extensions.label", true, Cell.of(a.extensions()))),
                Row.count("total", "followup.dashboard.councils.recipients.label", true, Cell.of(a.recipients())));
        Map<se.medverka.dialogue.Minority, Integer> held = samrad.heldPerMinority(committeeId, period.from(), period.to());
        List<Row> rows = new ArrayList<>();
        held.forEach((m, n) -> rows.add(Row.count(m.name(), m.labelKey(), true, Cell.of(n))));
        Table minorities = new Table("samrad", rows, Row.count("total", "followup.dashboard.samrad.total.label", true,
                Cell.of(held.values().stream().mapToLong(Integer::longValue).sum())));
        return List.of(councils, minorities);
    }

    /** The evidence MR-trappan's step 4 cites for a committee and year, in one line of counts. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public se.medverka.council.CouncilFigures.Activity participationActivity(long committeeId, int year) {
        current.requireCommitteeOrCity(StaffRole.HANDLER, committeeId);
        return councilFigures.activity(committeeId, java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year + 1, 1, 1));
    }

    /** Samråd held per minority by a committee in a year, for step 4. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long samradHeld(long committeeId, int year) {
        current.requireCommitteeOrCity(StaffRole.HANDLER, committeeId);
        return samrad.heldPerMinority(committeeId, java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year + 1, 1, 1))
                .values().stream().mapToLong(Integer::longValue).sum();
    }
}
