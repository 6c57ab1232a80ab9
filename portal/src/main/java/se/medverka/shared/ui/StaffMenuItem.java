package se.medverka.shared.ui;

import java.util.Set;

/**
 * One entry of the staff area's navigation. Each module declares its own as a bean, so that the
 * staff layout needs no knowledge of the modules.
 *
 * @param route       the route under the portal root, e.g. {@code personal/arenden}
 * @param labelKey    translation key of the link text
 * @param order       position in the menu, lowest first
 * @param roles       roles that see the entry (without {@code ROLE_}); empty means every staff member
 */
public record StaffMenuItem(String route, String labelKey, int order, Set<String> roles) {

    public StaffMenuItem {
        roles = Set.copyOf(roles);
    }
}
