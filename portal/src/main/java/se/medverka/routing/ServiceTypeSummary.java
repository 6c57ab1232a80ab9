package se.medverka.routing;

/** A city service of the register; its name is the translation of {@link ServiceType#labelKey(String)}. */
public record ServiceTypeSummary(long id, String code) {

    public String labelKey() {
        return ServiceType.labelKey(code);
    }
}
