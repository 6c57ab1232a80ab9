package se.medverka.consultation.internal;

import org.springframework.stereotype.Component;
import se.medverka.consultation.ConsultationException;
import se.medverka.consultation.internal.ConsultationData.Head;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;

/** Which consultations a member of staff may manage: their committees' as handler; administrators all. */
@Component
public class ConsultationStaff {

    private final ConsultationData data;
    private final CurrentStaff staff;

    ConsultationStaff(ConsultationData data, CurrentStaff staff) {
        this.data = data;
        this.staff = staff;
    }

    public boolean mayManage(long consultationId) {
        return data.head(consultationId).map(h -> staff.mayActFor(StaffRole.HANDLER, h.committeeId())).orElse(false);
    }

    public Head manageable(long id) {
        Head head = data.head(id).orElseThrow(() -> new ConsultationException("consultation.staff.error.notfound"));
        requireHandler(head.committeeId());
        return head;
    }

    public void requireHandler(long committeeId) {
        if (!staff.mayActFor(StaffRole.HANDLER, committeeId)) {
            throw new ConsultationException("consultation.staff.error.forbidden");
        }
    }
}
