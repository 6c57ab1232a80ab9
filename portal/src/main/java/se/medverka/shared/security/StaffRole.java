package se.medverka.shared.security;

/**
 * Administrators run the system (accounts, register, information pages) city-wide but read no
 * complaint; handlers and moderators work for the committees they are given; a complaint reader
 * reads complaint content city-wide; the data protection officer (dataskyddsombud) reviews the log
 * of who read complaint content.
 */
public enum StaffRole {
    ADMIN("staff.role.admin.label"),
    HANDLER("staff.role.handler.label"),
    MODERATOR("staff.role.moderator.label"),
    COMPLAINT_READER("staff.role.complaintreader.label"),
    DPO("staff.role.dpo.label");

    private final String labelKey;

    StaffRole(String labelKey) {
        this.labelKey = labelKey;
    }

    /** Key of the role's name, e.g. "Handläggare"; written out so that the unused-key test can find it. */
    public String labelKey() {
        return labelKey;
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
