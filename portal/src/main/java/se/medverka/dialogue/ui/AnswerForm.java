package se.medverka.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.DialogueAnswers;
import se.medverka.dialogue.DialogueAnswers.Answer;
import se.medverka.dialogue.Dialogues.Page;
import se.medverka.dialogue.Dialogues.Question;
import se.medverka.dialogue.QuestionKind;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.ErrorSummary;
import se.medverka.shared.ui.ErrorSummary.FieldError;
import se.medverka.shared.ui.Notices;

/** A dialogue's questions as a form: one visit's answers are sent together, with an optional address. */
class AnswerForm extends Section {

    private Runnable sent;

    /** How a visit's answers are sent: by the resident themselves, or by staff for a resident. */
    interface Sending {
        void send(Map<Long, Answer> answers, String email);
    }

    /** The resident's own form on the dialogue's page; once sent, the optional reach questions follow. */
    AnswerForm(DialogueAnswers answering, Page page, Language language, Component privacyNotice,
               java.util.function.Supplier<Component> reachForm) {
        this(page, privacyNotice, "dialogue.page.answers.send.action",
                (answers, email) -> answering.answer(page.id(), answers, email, language), null);
        Section section = this;
        sent = () -> {
            section.removeAll();
            section.add(new H2(getTranslation("dialogue.page.questions.title")),
                    new Paragraph(getTranslation("dialogue.page.answers.sent.message")), reachForm.get());
            Notices.success(getTranslation("dialogue.page.answers.sent.message"));
        };
    }

    /** The questions as fields; {@code sending} stores them, then {@code sent} says what happens next. */
    AnswerForm(Page page, Component privacyNotice, String sendKey, Sending sending, Runnable sent) {
        this.sent = sent;
        Section section = this;
        section.add(new H2(getTranslation("dialogue.page.questions.title")));
        section.addClassName("dialogue-questions");
        Map<Long, Supplier<Answer>> values = new HashMap<>();
        for (Question q : page.questions()) {
            Component field;
            switch (q.kind()) {
                case FREE_TEXT -> {
                    TextArea area = new TextArea(q.text());
                    area.setMaxLength(Dialogues.MAX_TEXT);
                    values.put(q.id(), () -> new Answer(area.getValue(), null, null));
                    field = area;
                }
                case SINGLE_CHOICE -> {
                    RadioButtonGroup<Integer> group = new RadioButtonGroup<>(q.text());
                    group.setItems(IntStream.range(0, q.options().size()).boxed().toList());
                    group.setItemLabelGenerator(i -> q.options().get(i));
                    values.put(q.id(), () -> new Answer(null, group.getValue() == null ? null : java.util.Set.of(group.getValue()), null));
                    field = group;
                }
                case MULTIPLE_CHOICE -> {
                    CheckboxGroup<Integer> group = new CheckboxGroup<>(q.text());
                    group.setItems(IntStream.range(0, q.options().size()).boxed().toList());
                    group.setItemLabelGenerator(i -> q.options().get(i));
                    values.put(q.id(), () -> new Answer(null, new HashSet<>(group.getValue()), null));
                    field = group;
                }
                default -> {
                    RadioButtonGroup<Integer> group = new RadioButtonGroup<>(q.text());
                    group.setItems(1, 2, 3, 4, 5);
                    group.setItemLabelGenerator(i -> getTranslation(QuestionKind.scaleLabelKey(i)));
                    values.put(q.id(), () -> new Answer(null, null, group.getValue()));
                    field = group;
                }
            }
            field.addClassName("dialogue-question");
            section.add(field);
        }
        EmailField email = emailField(this);
        Button send = new Button(getTranslation(sendKey));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        ErrorSummary errors = new ErrorSummary("shared.form.errors.title");
        send.addClickListener(e -> {
            errors.clear();
            Map<Long, Answer> answers = new HashMap<>();
            values.forEach((id, v) -> answers.put(id, v.get()));
            try {
                sending.send(answers, email.getValue());
                this.sent.run();
            } catch (DialogueException ex) {
                errors.show(List.of(new FieldError(null, ex.messageKey())));
            }
        });
        section.add(errors, email, privacyNotice, send);
    }

    /** The optional address field of the answer and proposal forms. */
    static EmailField emailField(Component c) {
        EmailField email = new EmailField(c.getTranslation("dialogue.page.email.label"));
        email.setHelperText(c.getTranslation("dialogue.page.email.helper"));
        email.setErrorMessage(c.getTranslation("dialogue.page.email.error.invalid"));
        email.setMaxLength(254);
        return email;
    }
}
