package se.medverka.routing;

/** What an administrator sets on a committee; due days are working days. */
public record CommitteeChange(String name, CommitteeKind kind, String registryMailbox, boolean active,
                              int acknowledgeDays, int answerDays) {
}
