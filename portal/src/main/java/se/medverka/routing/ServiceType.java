package se.medverka.routing;

import se.medverka.shared.codes.Coded;

/**
 * The city services of the register (table {@code routing_service_type}, seeded by migration); a new
 * service needs its constant here and its name in the bundles.
 */
public enum ServiceType implements Coded {
    PRESCHOOL("routing.servicetype.preschool.label"),
    SCHOOL("routing.servicetype.school.label"),
    SOCIAL_SERVICES("routing.servicetype.social_services.label"),
    ELDERLY_CARE("routing.servicetype.elderly_care.label"),
    LIBRARY_CULTURE("routing.servicetype.library_culture.label"),
    SPORTS_FACILITY("routing.servicetype.sports_facility.label"),
    STREET_TRAFFIC("routing.servicetype.street_traffic.label"),
    PARK_LEISURE("routing.servicetype.park_leisure.label"),
    LABOUR_MARKET("routing.servicetype.labour_market.label"),
    HOUSING("routing.servicetype.housing.label"),
    OTHER("routing.servicetype.other.label");

    private final String labelKey;

    ServiceType(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The key of a stored code's name. */
    public static String labelKey(String code) {
        return Coded.labelKey(ServiceType.class, code);
    }
}
