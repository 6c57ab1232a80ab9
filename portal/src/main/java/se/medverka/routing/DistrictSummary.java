package se.medverka.routing;

/** A district (stadsdelsområde) of the register. */
public record DistrictSummary(long id, String code, String name) {
}
