package se.medverka.consultation;

import java.util.Arrays;
import java.util.Optional;

/** The age bands a consultation is written for; the youngest get the shortest sentences. */
public enum AgeBand {
    B6_9("consultation.common.band.b6_9.label"),
    B10_12("consultation.common.band.b10_12.label"),
    B13_17("consultation.common.band.b13_17.label");

    private final String labelKey;

    AgeBand(String labelKey) {
        this.labelKey = labelKey;
    }

    /** Key of the band's name, e.g. "6–9 år"; written out so that the unused-key test can find it. */
    public String labelKey() {
        return labelKey;
    }

    public static Optional<AgeBand> parse(String value) {
        return Arrays.stream(values()).filter(b -> b.name().equalsIgnoreCase(value)).findFirst();
    }
}
