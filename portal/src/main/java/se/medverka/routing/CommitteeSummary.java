package se.medverka.routing;

/** A committee as other modules see it. */
public record CommitteeSummary(long id, String code, String name, CommitteeKind kind, boolean active,
                               String registryMailbox, boolean triage) {
}
