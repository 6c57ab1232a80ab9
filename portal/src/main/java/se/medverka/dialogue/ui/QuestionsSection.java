package se.medverka.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import se.medverka.dialogue.DialogueAdmin;
import se.medverka.dialogue.DialogueAdmin.Editable;
import se.medverka.dialogue.DialogueAdmin.QuestionDraft;

/** A dialogue's questions in the editor: added, changed and removed together, locked once answered. */
class QuestionsSection extends Section {

    private final List<QuestionEditor> questionEditors = new ArrayList<>();

    QuestionsSection(DialogueAdmin admin, long id, Editable loaded, Runnable reload) {
        Section section = this;
        section.add(new H2(getTranslation("dialogue.editor.questions.title")));
        Div list = new Div();
        if (loaded.answered()) {
            section.add(new Paragraph(getTranslation("dialogue.editor.questions.locked.text")));
        }
        for (QuestionDraft q : loaded.questions()) {
            QuestionEditor editor = new QuestionEditor(q, questionEditors.size() + 1);
            questionEditors.add(editor);
            list.add(editor);
        }
        Button add = new Button(getTranslation("dialogue.editor.questions.add.action"), e -> {
            QuestionEditor editor = new QuestionEditor(null, questionEditors.size() + 1);
            questionEditors.add(editor);
            list.add(editor);
            editor.kind.focus();
        });
        Button save = new Button(getTranslation("dialogue.editor.questions.save.action"), e -> EditorActions.run(this,
                () -> admin.saveQuestions(id, questionEditors.stream().filter(q -> !q.removed).map(QuestionEditor::draft).toList()),
                "dialogue.editor.saved.message", reload));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        boolean editable = !loaded.answered();
        add.setEnabled(editable);
        save.setEnabled(editable);
        section.add(list, new Div(add, save));
    }
}
