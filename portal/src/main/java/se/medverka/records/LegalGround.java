package se.medverka.records;

import java.util.Arrays;
import java.util.Optional;

/**
 * The grounds in the Public Access to Information and Secrecy Act (offentlighets- och
 * sekretesslagen, OSL 2009:400) a committee most often applies to complaints. The citation is the
 * law's own Swedish wording and goes on the documents as it is; the description is translated.
 */
public enum LegalGround {
    OSL_21_1("OSL 21 kap. 1 §", "records.ground.osl21_1.label"),
    OSL_21_3("OSL 21 kap. 3 §", "records.ground.osl21_3.label"),
    OSL_21_7("OSL 21 kap. 7 §", "records.ground.osl21_7.label"),
    OSL_23_1("OSL 23 kap. 1 §", "records.ground.osl23_1.label"),
    OSL_26_1("OSL 26 kap. 1 §", "records.ground.osl26_1.label"),
    OSL_39_3("OSL 39 kap. 3 §", "records.ground.osl39_3.label");

    private final String citation;
    private final String labelKey;

    LegalGround(String citation, String labelKey) {
        this.citation = citation;
        this.labelKey = labelKey;
    }

    /** As on the documents: {@code OSL 26 kap. 1 §}. */
    public String citation() {
        return citation;
    }

    public String labelKey() {
        return labelKey;
    }

    public static Optional<LegalGround> of(String name) {
        return Arrays.stream(values()).filter(g -> g.name().equals(name)).findFirst();
    }
}
