package se.medverka.routing;

/** A city service of the register; its name is the translation {@code routing.servicetype.<code>.label}. */
public record ServiceTypeSummary(long id, String code) {

    public String labelKey() {
        return "routing.servicetype." + code + ".label";
    }
}
