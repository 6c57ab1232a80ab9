package se.medverka.routing;

/** A district as other modules see it. */
public record DistrictSummary(String code, String name) {
}
