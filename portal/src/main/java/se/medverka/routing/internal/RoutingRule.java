package se.medverka.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** (service type or any) × (district or any) → committee. Rules are never edited, only replaced. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_type_id")
    private Long serviceTypeId;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "committee_id", nullable = false)
    private Long committeeId;

    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected RoutingRule() {
    }

    public RoutingRule(Long serviceTypeId, Long districtId, Long committeeId, Instant createdAt, String createdBy) {
        this.serviceTypeId = serviceTypeId;
        this.districtId = districtId;
        this.committeeId = committeeId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void deactivate() {
        active = false;
    }

    public Long getId() { return id; }
    public Long getServiceTypeId() { return serviceTypeId; }
    public Long getDistrictId() { return districtId; }
    public Long getCommitteeId() { return committeeId; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
