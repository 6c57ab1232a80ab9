package se.medverka.shared.startup;

import java.util.List;

/** The portal is not configured for production; {@link #missing()} says with what. */
public class MissingConfigurationException extends IllegalStateException {

    private final List<String> missing;

    public MissingConfigurationException(List<String> missing) {
        super("The portal is not configured for production. Missing:\n  - " + String.join("\n  - ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
