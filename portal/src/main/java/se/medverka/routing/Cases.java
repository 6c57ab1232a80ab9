package se.medverka.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.routing.CaseEvents.CaseAssigned;
import se.medverka.routing.CaseEvents.CaseForwarded;
import se.medverka.routing.CaseEvents.CaseReceived;
import se.medverka.routing.CaseEvents.CaseStateChanged;
import se.medverka.routing.internal.CaseEventRecord;
import se.medverka.routing.internal.CaseEventRepository;
import se.medverka.routing.internal.CaseNumbers;
import se.medverka.routing.internal.Committee;
import se.medverka.routing.internal.CommitteeRepository;
import se.medverka.routing.internal.DistrictRepository;
import se.medverka.routing.internal.RoutedCase;
import se.medverka.routing.internal.RoutedCaseRepository;
import se.medverka.routing.internal.RoutingResolver;
import se.medverka.routing.internal.RoutingRuleRepository;
import se.medverka.routing.internal.ServiceTypeRepository;
import se.medverka.routing.internal.WorkingDays;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;
import se.medverka.shared.text.InputText;

/**
 * Cases: every submission that needs handling. Submitting modules open them (anonymously, in their
 * own transaction, getting the case number at once); routing assigns them; staff of the
 * responsible committee handle and forward them. Committee isolation is enforced here: a case of
 * another committee is "not found", whatever path asks.
 */
@Service
@Transactional
public class Cases {

    private static final int MAX_REASON = 2000;
    private static final String SYSTEM = "system";

    private final RoutedCaseRepository cases;
    private final CaseEventRepository events;
    private final CommitteeRepository committees;
    private final DistrictRepository districts;
    private final ServiceTypeRepository serviceTypes;
    private final RoutingRuleRepository rules;
    private final CaseNumbers numbers;
    private final CurrentStaff current;
    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;
    private final Clock clock;

    Cases(RoutedCaseRepository cases, CaseEventRepository events, CommitteeRepository committees,
          DistrictRepository districts, ServiceTypeRepository serviceTypes, RoutingRuleRepository rules,
          CaseNumbers numbers, CurrentStaff current, ApplicationEventPublisher publisher, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.committees = committees;
        this.districts = districts;
        this.serviceTypes = serviceTypes;
        this.rules = rules;
        this.numbers = numbers;
        this.current = current;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Opens a case for a stored submission, in the submitter's transaction, and announces it for
     * routing. Open to anyone: residents submit without an account.
     */
    @PreAuthorize("permitAll()")
    public CaseRef open(NewCase request) {
        Long serviceType = code(request.serviceTypeCode(), c -> serviceTypes.findByCode(c).map(s -> s.getId()),
                "routing.case.error.servicetype");
        Long district = code(request.districtCode(), c -> districts.findByCode(c).map(d -> d.getId()),
                "routing.case.error.district");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CityTime.ZONE);
        String number = numbers.next(today.getYear());
        // Until routing has decided, the city's default due dates apply.
        RoutedCase routed = cases.save(new RoutedCase(number, request.kind(), request.reference(), serviceType,
                district, request.committeeId(), request.languageCode(), now,
                WorkingDays.add(today, 2), WorkingDays.add(today, 10)));
        record(routed, "CREATED", null, CaseState.RECEIVED.name(), null, SYSTEM);
        publisher.publishEvent(new CaseReceived(routed.getId()));
        return new CaseRef(routed.getId(), number);
    }

    /** Places a received case with its committee by the routing rules; run by routing's listener. */
    @PreAuthorize("permitAll()")
    public void route(long caseId) {
        RoutedCase routed = cases.findById(caseId).orElseThrow();
        if (routed.getState() != CaseState.RECEIVED) {
            return;
        }
        Map<Long, Committee> all = committees.findAll().stream()
                .collect(Collectors.toMap(Committee::getId, Function.identity()));
        long triage = all.values().stream().filter(Committee::isTriage).findFirst().orElseThrow().getId();
        RoutingResolver.Decision decision = RoutingResolver.resolve(routed.getServiceTypeId(), routed.getDistrictId(),
                routed.getRequestedCommitteeId(), rules.findByActiveTrue(), all, triage);
        Committee committee = all.get(decision.committeeId());
        LocalDate received = LocalDate.ofInstant(routed.getReceivedAt(), CityTime.ZONE);
        routed.assign(committee.getId(), decision.triage(),
                WorkingDays.add(received, committee.getAcknowledgeDays()),
                WorkingDays.add(received, committee.getAnswerDays()));
        record(routed, "ROUTED", CaseState.RECEIVED.name(), committee.getCode(),
                decision.ruleId() == null ? (decision.triage() ? "triage" : "owner") : "rule " + decision.ruleId(), SYSTEM);
        publisher.publishEvent(new CaseAssigned(routed.getId(), committee.getId()));
    }

    /** Sends a case on to another committee; the reason is mandatory and the number stays. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void forward(long caseId, long toCommitteeId, String reason) {
        RoutedCase routed = accessible(caseId).orElseThrow(() -> new RoutingException("routing.case.error.notfound"));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new RoutingException("routing.case.forward.reason.error.required");
        }
        Committee target = committees.findById(toCommitteeId).filter(Committee::isActive)
                .orElseThrow(() -> new RoutingException("routing.case.forward.committee.error.invalid"));
        if (!routed.getState().forwardable() || target.getId().equals(routed.getCommitteeId())) {
            throw new RoutingException("routing.case.forward.committee.error.invalid");
        }
        long from = routed.getCommitteeId();
        String fromCode = committees.findById(from).map(Committee::getCode).orElse("?");
        routed.forward(target.getId());
        record(routed, "FORWARDED", fromCode, target.getCode(), why, current.actor());
        publisher.publishEvent(new CaseForwarded(routed.getId(), from, target.getId()));
    }

    /** Moves a case along its state machine, as staff of its committee. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void changeState(long caseId, CaseState to, String note) {
        RoutedCase routed = accessible(caseId).orElseThrow(() -> new RoutingException("routing.case.error.notfound"));
        CaseState from = routed.getState();
        if (!from.next().contains(to)) {
            throw new RoutingException("routing.case.state.error.transition");
        }
        if (note != null && note.length() > MAX_REASON) {
            throw new RoutingException("routing.case.state.note.error.long");
        }
        routed.moveTo(to, clock.instant());
        record(routed, "STATE", from.name(), to.name(), InputText.strippedOrNull(note), current.actor());
        publisher.publishEvent(new CaseStateChanged(routed.getId(), from, to));
    }

    /** A case with its trail, if the person may see it; another committee's case is not found. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<CaseDetails> find(long caseId) {
        return accessible(caseId).map(this::details);
    }

    /** Whether the logged-in person handles the case's committee (or is administrator). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean mayHandle(long caseId) {
        return accessible(caseId).isPresent();
    }

    /**
     * What the resident may see of their own case. Only for the submitting module, after it has
     * checked the resident's proof (e.g. case code and PIN).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CaseStatus> status(long caseId) {
        return cases.findById(caseId).map(c -> new CaseStatus(c.getCaseNumber(), c.getState(),
                c.getCommitteeId() == null ? null : committees.findById(c.getCommitteeId()).map(Committee::getName).orElse(null),
                c.getReceivedAt(), c.getAcknowledgeDue(), c.getAnswerDue(), c.getAcknowledgedAt(), c.getAnsweredAt(), c.getClosedAt()));
    }

    /**
     * One page of the inbox for the committees the person handles (all for administrators), ordered
     * by answer due date; {@code after} is the last row of the previous page (keyset paging, so
     * that page 1000 costs what page 1 costs).
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseSummary> inbox(CaseFilter filter, CaseSummary after, int limit) {
        return inboxQuery(filter, after, 0, limit);
    }

    /**
     * One page of the inbox by position, for a grid that jumps (e.g. scrolled to the end). Costs
     * grow with the offset; sequential reading should use the keyset {@link #inbox} instead.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseSummary> inboxAt(CaseFilter filter, int offset, int limit) {
        return inboxQuery(filter, null, Math.max(0, offset), limit);
    }

    private List<CaseSummary> inboxQuery(CaseFilter filter, CaseSummary after, int offset, int limit) {
        StringBuilder sql = new StringBuilder(SUMMARY_SELECT).append(" where true");
        Map<String, Object> params = new HashMap<>();
        where(filter, sql, params);
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

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count(CaseFilter filter) {
        StringBuilder sql = new StringBuilder("select count(*) from routing_case c where true");
        Map<String, Object> params = new HashMap<>();
        where(filter, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /**
     * Response-time figures of the cases received in {@code [from, to)} by one committee, or by the
     * whole city when {@code committeeId} is {@code null} (administrators only). Aggregates only:
     * no case leaves this method. A handler asking for a committee not theirs gets nothing.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ResponseTimes responseTimes(Long committeeId, LocalDate from, LocalDate to) {
        current.requireCommitteeOrCity(StaffRole.HANDLER, committeeId);
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
                .param("from", java.sql.Timestamp.from(CityTime.startOf(from)))
                .param("to", java.sql.Timestamp.from(CityTime.startOf(to)))
                .param("zone", CityTime.ZONE_ID)
                .param("today", today)
                .param("committee", committeeId, java.sql.Types.BIGINT)
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

    private void where(CaseFilter filter, StringBuilder sql, Map<String, Object> params) {
        if (!current.isAdmin()) {
            Set<Long> mine = current.committees(StaffRole.HANDLER);
            sql.append(" and c.committee_id in (:mine)");
            params.put("mine", mine.isEmpty() ? List.of(-1L) : mine);
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

    private CaseDetails details(RoutedCase c) {
        CaseSummary summary = inboxRow(c.getId());
        List<CaseDetails.Event> trail = new ArrayList<>();
        for (CaseEventRecord e : events.findByCaseIdOrderByOccurredAtAscIdAsc(c.getId())) {
            trail.add(new CaseDetails.Event(e.getOccurredAt(), e.getActor(), e.getAction(), e.getFromValue(),
                    e.getToValue(), e.getReason()));
        }
        return new CaseDetails(summary, c.getReference(), c.getLanguage(), c.getAcknowledgedAt(), c.getAnsweredAt(),
                c.getClosedAt(), trail);
    }

    private CaseSummary inboxRow(long caseId) {
        LocalDate today = CityTime.today(clock);
        return jdbc.sql(SUMMARY_SELECT + " where c.id = :id").param("id", caseId)
                .query((rs, n) -> toSummary(rs, today)).single();
    }

    private Optional<RoutedCase> accessible(long caseId) {
        return cases.findById(caseId).filter(c -> c.getCommitteeId() != null
                && current.mayActFor(StaffRole.HANDLER, c.getCommitteeId()));
    }

    private void record(RoutedCase c, String action, String from, String to, String reason, String actor) {
        events.save(new CaseEventRecord(c.getId(), clock.instant(), actor, action, from, to, reason));
    }

    private static Long code(String code, Function<String, Optional<Long>> lookup, String errorKey) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return lookup.apply(code).orElseThrow(() -> new RoutingException(errorKey));
    }
}
