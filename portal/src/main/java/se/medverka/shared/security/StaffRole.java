package se.medverka.shared.security;

import java.util.Locale;

/**
 * Administrators run the system (accounts, register, information pages) city-wide but read no
 * complaint; handlers and moderators work for the committees they are given; a complaint reader
 * reads complaint content city-wide; the data protection officer (dataskyddsombud) reviews the log
 * of who read complaint content.
 */
public enum StaffRole {
    ADMIN, HANDLER, MODERATOR, COMPLAINT_READER, DPO;

    /** The role's part of translation keys, e.g. {@code staff.role.handler.label}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** Whether the role is held for the whole city (no committee) rather than for one committee. */
    public boolean cityWide() {
        return this == ADMIN || this == COMPLAINT_READER || this == DPO;
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
