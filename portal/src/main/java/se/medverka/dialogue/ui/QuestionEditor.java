package se.medverka.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.medverka.dialogue.DialogueAdmin.QuestionDraft;
import se.medverka.dialogue.QuestionKind;
import se.medverka.shared.i18n.Language;

/** One question in the editor: kind, and text and options per language. */
class QuestionEditor extends Section {
    final Select<QuestionKind> kind = new Select<>();
    final Map<String, TextField> texts = new LinkedHashMap<>();
    final Map<String, TextArea> options = new LinkedHashMap<>();
    boolean removed;

    QuestionEditor(QuestionDraft q, int number) {
        addClassName("dialogue-question-editor");
        add(new H3(getTranslation("dialogue.editor.question.title", number)));
        kind.setLabel(getTranslation("dialogue.editor.question.kind.label", number));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(q == null ? QuestionKind.FREE_TEXT : q.kind());
        add(kind);
        for (Language l : Language.values()) {
            TextField text = new TextField(getTranslation("dialogue.editor.question.text.label", number, l.nativeName()));
            text.setWidthFull();
            TextArea opts = new TextArea(getTranslation("dialogue.editor.question.options.label", number, l.nativeName()));
            opts.setHelperText(getTranslation("dialogue.editor.question.options.helper"));
            opts.setWidthFull();
            if (q != null) {
                text.setValue(q.texts().getOrDefault(l.code(), ""));
                opts.setValue(String.join("\n", q.options().getOrDefault(l.code(), List.of())));
            }
            opts.setVisible(kind.getValue().hasOptions());
            texts.put(l.code(), text);
            options.put(l.code(), opts);
            if (l == Language.SV) {
                add(text, opts);
            } else {
                Details details = new Details(getTranslation("dialogue.editor.question.translation.label",
                        number, l.nativeName()), new Div(text, opts));
                details.setOpened(!text.getValue().isEmpty());
                add(details);
            }
        }
        kind.addValueChangeListener(e -> options.values().forEach(o -> o.setVisible(e.getValue().hasOptions())));
        Button remove = new Button(getTranslation("dialogue.editor.question.remove.action", number), e -> {
            removed = true;
            setVisible(false);
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        add(remove);
    }

    QuestionDraft draft() {
        Map<String, String> t = new LinkedHashMap<>();
        Map<String, List<String>> o = new LinkedHashMap<>();
        texts.forEach((lang, f) -> {
            if (!f.getValue().isBlank()) {
                t.put(lang, f.getValue());
                o.put(lang, Arrays.stream(options.get(lang).getValue().split("\n")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
            }
        });
        return new QuestionDraft(kind.getValue(), t, o);
    }
}
