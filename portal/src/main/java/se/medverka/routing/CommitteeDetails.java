package se.medverka.routing;

/** A committee as the register screen shows and edits it. */
public record CommitteeDetails(long id, String code, String name, CommitteeKind kind, String districtName,
                               String registryMailbox, boolean active, int acknowledgeDays, int answerDays,
                               boolean triage) {
}
