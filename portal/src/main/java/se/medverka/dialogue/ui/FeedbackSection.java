package se.medverka.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import se.medverka.dialogue.DialogueAdmin;
import se.medverka.dialogue.DialogueAdmin.Editable;
import se.medverka.dialogue.DialogueStatus;
import se.medverka.shared.i18n.Language;

/** What the committee did with the input, per language; written once the dialogue is closed. */
class FeedbackSection extends Section {

    FeedbackSection(DialogueAdmin admin, long id, Editable loaded, Runnable reload) {
        Section section = this;
        section.add(new H2(getTranslation("dialogue.editor.feedback.title")));
        section.add(new Paragraph(getTranslation("dialogue.editor.feedback.helper")));
        Map<String, TextArea> fields = new LinkedHashMap<>();
        boolean open = loaded.status() == DialogueStatus.CLOSED;
        for (Language l : Language.values()) {
            if (!loaded.draft().texts().containsKey(l.code())) {
                continue;
            }
            TextArea area = new TextArea(getTranslation("dialogue.editor.feedback.text.label", l.nativeName()));
            area.setWidthFull();
            area.setValue(loaded.feedback().getOrDefault(l.code(), ""));
            area.setReadOnly(!open);
            fields.put(l.code(), area);
            section.add(area);
        }
        if (open) {
            Button publish = new Button(getTranslation("dialogue.editor.feedback.publish.action"), e -> {
                Map<String, String> texts = new LinkedHashMap<>();
                fields.forEach((lang, f) -> texts.put(lang, f.getValue()));
                EditorActions.run(this, () -> admin.publishFeedback(id, texts), "dialogue.editor.feedback.published.message",
                        reload);
            });
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            section.add(publish);
        }
    }
}
