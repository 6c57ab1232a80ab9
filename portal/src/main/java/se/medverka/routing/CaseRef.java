package se.medverka.routing;

/** A case as the submitter's receipt needs it: its id and human-readable number. */
public record CaseRef(long id, String caseNumber) {
}
