package se.medverka.shared.security;

import java.util.Locale;

/** Administrators work city-wide; handlers and moderators for the committees they are given. */
public enum StaffRole {
    ADMIN, HANDLER, MODERATOR;

    /** The role's part of translation keys, e.g. {@code staff.role.handler.label}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority carrying the role, e.g. {@code ROLE_HANDLER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The authority that scopes the role to one committee, e.g. {@code HANDLER@12}. */
    public String scopedAuthority(long committeeId) {
        return name() + "@" + committeeId;
    }
}
