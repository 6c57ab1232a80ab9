package se.medverka.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a case's audit trail; the table refuses updates and deletes. */
@Entity
@Table(name = "routing_case_event")
public class CaseEventRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "from_value")
    private String fromValue;

    @Column(name = "to_value")
    private String toValue;

    private String reason;

    protected CaseEventRecord() {
    }

    public CaseEventRecord(Long caseId, Instant occurredAt, String actor, String action, String fromValue,
                           String toValue, String reason) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromValue = fromValue;
        this.toValue = toValue;
        this.reason = reason;
    }

    public Long getCaseId() { return caseId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getFromValue() { return fromValue; }
    public String getToValue() { return toValue; }
    public String getReason() { return reason; }
}
