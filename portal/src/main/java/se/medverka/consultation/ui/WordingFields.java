package se.medverka.consultation.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.medverka.consultation.AgeBand;
import se.medverka.shared.i18n.Language;

/** One text field per age band and language, e.g. "Question – 6–9 years – davvisámegiella". */
class WordingFields extends FormLayout {

    private final Map<AgeBand, Map<String, TextField>> fields = new EnumMap<>(AgeBand.class);

    WordingFields(String labelKey, List<AgeBand> bands, List<String> languages, int maxLength,
                  Map<AgeBand, Map<String, String>> values) {
        for (AgeBand band : bands) {
            for (String language : languages) {
                TextField field = new TextField(getTranslation(labelKey, getTranslation(band.labelKey()),
                        Language.fromCode(language).map(Language::nativeName).orElse(language)));
                field.setMaxLength(maxLength);
                if (band == AgeBand.B6_9) {
                    field.setHelperText(getTranslation("consultation.staff.question.youngest.helper"));
                }
                String value = values.getOrDefault(band, Map.of()).get(language);
                if (value != null) {
                    field.setValue(value);
                }
                fields.computeIfAbsent(band, b -> new LinkedHashMap<>()).put(language, field);
                add(field);
            }
        }
    }

    /** The texts, band by band; a band left wholly empty is absent. */
    Map<AgeBand, Map<String, String>> texts() {
        Map<AgeBand, Map<String, String>> texts = new EnumMap<>(AgeBand.class);
        fields.forEach((band, byLanguage) -> {
            Map<String, String> values = new LinkedHashMap<>();
            byLanguage.forEach((language, field) -> values.put(language, field.getValue()));
            if (values.values().stream().anyMatch(v -> !v.isBlank())) {
                texts.put(band, values);
            }
        });
        return texts;
    }

    void clear() {
        fields.values().forEach(m -> m.values().forEach(TextField::clear));
    }
}
