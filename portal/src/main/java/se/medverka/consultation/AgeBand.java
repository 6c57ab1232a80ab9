package se.medverka.consultation;

import java.util.Arrays;
import java.util.Optional;

/** The age bands a consultation is written for; the youngest get the shortest sentences. */
public enum AgeBand {
    B6_9, B10_12, B13_17;

    /** Key of the band's name, e.g. "6–9 år". */
    public String labelKey() {
        return "consultation.common.band." + name().toLowerCase(java.util.Locale.ROOT) + ".label";
    }

    public static Optional<AgeBand> parse(String value) {
        return Arrays.stream(values()).filter(b -> b.name().equalsIgnoreCase(value)).findFirst();
    }
}
