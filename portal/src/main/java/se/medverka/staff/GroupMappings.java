package se.medverka.staff;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.staff.internal.GroupMappingStore;

/**
 * Which group in the identity provider's token gives which role, for which committee. Edited by
 * administrators in the staff area; every change is audited. A change takes effect at each
 * person's next sign-in.
 */
@Service
@Transactional
public class GroupMappings {

    private final GroupMappingStore store;
    private final AuditLog audit;
    private final CurrentStaff current;
    private final RoutingRegister register;

    GroupMappings(GroupMappingStore store, AuditLog audit, CurrentStaff current, RoutingRegister register) {
        this.store = store;
        this.audit = audit;
        this.current = current;
        this.register = register;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<Mapping> mappings() {
        return store.all().stream().map(r -> new Mapping(r.id(), r.group(), r.role(), r.committeeId())).toList();
    }

    /** Refusals come as {@link StaffAccountException} with a translation key. */
    @RolesAllowed("ADMIN")
    public void add(String group, StaffRole role, Long committeeId) {
        String name = group == null ? "" : group.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new StaffAccountException("staff.groups.form.group.error.required");
        }
        if (role == null || role.cityWide() != (committeeId == null)
                || committeeId != null && register.committee(committeeId).isEmpty()) {
            throw new StaffAccountException("staff.groups.form.error.scope");
        }
        if (!store.add(name, role, committeeId)) {
            throw new StaffAccountException("staff.groups.form.error.exists");
        }
        audit.record(current.actor(), "GROUP_MAPPING_ADDED", "staff_group", name, scope(role, committeeId));
    }

    @RolesAllowed("ADMIN")
    public void remove(long id) {
        store.remove(id).ifPresent(r ->
                audit.record(current.actor(), "GROUP_MAPPING_REMOVED", "staff_group", r.group(), scope(r.role(), r.committeeId())));
    }

    private static String scope(StaffRole role, Long committeeId) {
        return committeeId == null ? role.name() : role.scopedAuthority(committeeId);
    }

    public record Mapping(long id, String group, StaffRole role, Long committeeId) {
    }
}
