package se.medverka.consultation.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.ConsultationException;

/** The rule for texts staff write per age band and language: every band asked, in every language. */
public final class Wording {

    private Wording() {
    }

    /** The texts stripped, or {@code errorKey} when one is missing, blank or longer than {@code max}. */
    public static Map<AgeBand, Map<String, String>> require(List<String> languages, Map<AgeBand, Map<String, String>> texts,
                                                          List<AgeBand> bands, String errorKey, int max) {
        Map<AgeBand, Map<String, String>> clean = new EnumMap<>(AgeBand.class);
        for (AgeBand band : bands) {
            Map<String, String> byLanguage = texts == null ? null : texts.get(band);
            for (String language : languages) {
                String text = byLanguage == null ? null : byLanguage.get(language);
                if (text == null || text.isBlank() || text.strip().length() > max) {
                    throw new ConsultationException(errorKey);
                }
                clean.computeIfAbsent(band, b -> new LinkedHashMap<>()).put(language, text.strip());
            }
        }
        return clean;
    }
}
