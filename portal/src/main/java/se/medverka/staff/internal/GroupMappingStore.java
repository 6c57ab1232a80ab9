package se.medverka.staff.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.medverka.shared.security.StaffRole;
import se.medverka.staff.internal.StaffUser.RoleKey;

/** The mapping from the identity provider's groups to roles × committees (SQL behind the service). */
@Repository
public class GroupMappingStore {

    private final JdbcClient jdbc;

    GroupMappingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> all() {
        return jdbc.sql("select id, group_name, role, committee_id from staff_group_mapping order by group_name, role, committee_id")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), StaffRole.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4)))
                .list();
    }

    /** Adds a row; false when the same row exists already. */
    public boolean add(String group, StaffRole role, Long committeeId) {
        return jdbc.sql("""
                insert into staff_group_mapping (group_name, role, committee_id) values (:group, :role, :committee)
                on conflict do nothing""")
                .param("group", group)
                .param("role", role.name())
                .param("committee", committeeId)
                .update() == 1;
    }

    public java.util.Optional<Row> remove(long id) {
        return jdbc.sql("delete from staff_group_mapping where id = :id returning id, group_name, role, committee_id")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), StaffRole.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4)))
                .optional();
    }

    /** The roles the groups give together. Group names compare exactly, as the provider sends them. */
    public Set<RoleKey> rolesFor(Collection<String> groups) {
        if (groups.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select role, committee_id from staff_group_mapping where group_name in (:groups)")
                .param("groups", List.copyOf(groups))
                .query((rs, n) -> new RoleKey(StaffRole.valueOf(rs.getString(1)), (Long) rs.getObject(2)))
                .stream()
                .collect(Collectors.toUnmodifiableSet());
    }

    public record Row(long id, String group, StaffRole role, Long committeeId) {
    }
}
