package se.medverka.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseState;

@Entity
@Table(name = "routing_case")
public class RoutedCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseKind kind;

    @Column(nullable = false)
    private String reference;

    @Column(name = "service_type_id")
    private Long serviceTypeId;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "committee_id")
    private Long committeeId;

    @Column(name = "requested_committee_id")
    private Long requestedCommitteeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseState state = CaseState.RECEIVED;

    @Column(nullable = false)
    private String language;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "acknowledge_due", nullable = false)
    private LocalDate acknowledgeDue;

    @Column(name = "answer_due", nullable = false)
    private LocalDate answerDue;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected RoutedCase() {
    }

    public RoutedCase(String caseNumber, CaseKind kind, String reference, Long serviceTypeId, Long districtId,
                      Long requestedCommitteeId, String language, Instant receivedAt,
                      LocalDate acknowledgeDue, LocalDate answerDue) {
        this.caseNumber = caseNumber;
        this.kind = kind;
        this.reference = reference;
        this.serviceTypeId = serviceTypeId;
        this.districtId = districtId;
        this.requestedCommitteeId = requestedCommitteeId;
        this.language = language;
        this.receivedAt = receivedAt;
        this.acknowledgeDue = acknowledgeDue;
        this.answerDue = answerDue;
    }

    /** Routing placed the case with a committee, as assigned or in its triage queue. */
    public void assign(long committee, boolean triage, LocalDate acknowledgeBy, LocalDate answerBy) {
        committeeId = committee;
        state = triage ? CaseState.TRIAGE : CaseState.ASSIGNED;
        acknowledgeDue = acknowledgeBy;
        answerDue = answerBy;
    }

    public void forward(long committee) {
        committeeId = committee;
        state = CaseState.FORWARDED;
    }

    public void moveTo(CaseState next, Instant now) {
        if (next == CaseState.IN_PROGRESS && acknowledgedAt == null) {
            acknowledgedAt = now;
        }
        if (next == CaseState.ANSWERED) {
            answeredAt = now;
        }
        closedAt = next == CaseState.CLOSED ? now : null;
        state = next;
    }

    public boolean overdueOn(LocalDate today) {
        return state.open() && state != CaseState.ANSWERED && answerDue.isBefore(today);
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public CaseKind getKind() { return kind; }
    public String getReference() { return reference; }
    public Long getServiceTypeId() { return serviceTypeId; }
    public Long getDistrictId() { return districtId; }
    public Long getCommitteeId() { return committeeId; }
    public Long getRequestedCommitteeId() { return requestedCommitteeId; }
    public CaseState getState() { return state; }
    public String getLanguage() { return language; }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getAcknowledgeDue() { return acknowledgeDue; }
    public LocalDate getAnswerDue() { return answerDue; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getClosedAt() { return closedAt; }
}
