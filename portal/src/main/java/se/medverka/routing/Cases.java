package se.medverka.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.routing.CaseEvents.CaseAssigned;
import se.medverka.routing.CaseEvents.CaseForwarded;
import se.medverka.routing.CaseEvents.CaseReceived;
import se.medverka.routing.CaseEvents.CaseStateChanged;
import se.medverka.routing.internal.CaseEventRecord;
import se.medverka.routing.internal.CaseEventRepository;
import se.medverka.routing.internal.CaseQueries;
import se.medverka.routing.internal.CaseNumbers;
import se.medverka.routing.internal.Committee;
import se.medverka.routing.internal.CommitteeRepository;
import se.medverka.routing.internal.DistrictRepository;
import se.medverka.routing.internal.RoutedCase;
import se.medverka.routing.internal.RoutedCaseRepository;
import se.medverka.routing.internal.RoutingResolver;
import se.medverka.routing.internal.RoutingRuleRepository;
import se.medverka.routing.internal.ServiceTypeRepository;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;
import se.medverka.shared.time.WorkingDays;
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
    private final CaseQueries queries;
    private final Clock clock;

    Cases(RoutedCaseRepository cases, CaseEventRepository events, CommitteeRepository committees,
          DistrictRepository districts, ServiceTypeRepository serviceTypes, RoutingRuleRepository rules,
          CaseNumbers numbers, CurrentStaff current, ApplicationEventPublisher publisher, CaseQueries queries, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.committees = committees;
        this.districts = districts;
        this.serviceTypes = serviceTypes;
        this.rules = rules;
        this.numbers = numbers;
        this.current = current;
        this.publisher = publisher;
        this.queries = queries;
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

    /**
     * The committee a case is with (none while unrouted). Only an id: owning modules use it to decide
     * who may see their content.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Long> committeeOf(long caseId) {
        return cases.findById(caseId).map(RoutedCase::getCommitteeId);
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
        return queries.page(filter, visibleCommittees(), after, 0, limit);
    }

    /**
     * One page of the inbox by position, for a grid that jumps (e.g. scrolled to the end). Costs
     * grow with the offset; sequential reading should use the keyset {@link #inbox} instead.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseSummary> inboxAt(CaseFilter filter, int offset, int limit) {
        return queries.page(filter, visibleCommittees(), null, Math.max(0, offset), limit);
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count(CaseFilter filter) {
        return queries.count(filter, visibleCommittees());
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
        return queries.responseTimes(committeeId, from, to);
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
        return queries.one(caseId);
    }

    /** The committees whose cases the person sees in lists; {@code null} for all (administrators). */
    private Set<Long> visibleCommittees() {
        return current.isAdmin() ? null : current.committees(StaffRole.HANDLER);
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
