package se.medverka.staff.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.medverka.shared.security.StaffRole;

@Entity
@Table(name = "staff_role")
public class StaffRoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private StaffUser user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffRole role;

    @Column(name = "committee_id")
    private Long committeeId;

    protected StaffRoleAssignment() {
    }

    StaffRoleAssignment(StaffUser user, StaffRole role, Long committeeId) {
        this.user = user;
        this.role = role;
        this.committeeId = committeeId;
    }

    public StaffRole getRole() { return role; }
    public Long getCommitteeId() { return committeeId; }
}
