package se.medverka.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.medverka.routing.CommitteeKind;
import se.medverka.routing.CommitteeSummary;

@Entity
@Table(name = "routing_committee")
public class Committee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitteeKind kind;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "registry_mailbox", nullable = false)
    private String registryMailbox;

    private boolean active;

    @Column(name = "acknowledge_days")
    private int acknowledgeDays;

    @Column(name = "answer_days")
    private int answerDays;

    private boolean triage;

    protected Committee() {
    }

    public Committee(String code, CommitteeKind kind, Long districtId) {
        this.code = code;
        this.kind = kind;
        this.districtId = districtId;
        this.active = true;
    }

    /** Sets what administrators may change; the code, district and triage role stay. */
    public void change(String name, CommitteeKind kind, String registryMailbox, boolean active,
                       int acknowledgeDays, int answerDays) {
        this.name = name;
        this.kind = kind;
        this.registryMailbox = registryMailbox;
        this.active = active;
        this.acknowledgeDays = acknowledgeDays;
        this.answerDays = answerDays;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public CommitteeKind getKind() { return kind; }
    public Long getDistrictId() { return districtId; }
    public String getRegistryMailbox() { return registryMailbox; }
    public boolean isActive() { return active; }
    public int getAcknowledgeDays() { return acknowledgeDays; }
    public int getAnswerDays() { return answerDays; }
    public boolean isTriage() { return triage; }

    public CommitteeSummary toSummary() {
        return new CommitteeSummary(id, code, name, kind, active, registryMailbox, triage);
    }
}
