package se.medverka.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.medverka.complaint.ComplaintException;
import se.medverka.complaint.ComplaintViews.Answer;
import se.medverka.complaint.ComplaintViews.Details;
import se.medverka.complaint.ComplaintViews.Note;
import se.medverka.complaint.ComplaintViews.Template;
import se.medverka.complaint.ComplaintHandling;
import se.medverka.complaint.Complaints;
import se.medverka.routing.CaseState;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** One complaint for its committee's handler: the content, notes, state and the answer. */
@Route(value = "personal/klagomal", layout = StaffLayout.class)
@RolesAllowed({"HANDLER", "ADMIN"})
public class ComplaintCaseView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private final Complaints complaints;
    private final ComplaintHandling handling;
    private long caseId;

    public ComplaintCaseView(Complaints complaints, ComplaintHandling handling) {
        this.complaints = complaints;
        this.handling = handling;
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        caseId = parameter;
        render();
    }

    private void render() {
        removeAll();
        Optional<Details> found = handling.read(caseId);
        if (found.isEmpty()) {
            add(new H1(getTranslation("complaint.case.notfound.title")),
                    new Paragraph(getTranslation("complaint.case.error.notfound")));
            return;
        }
        Details d = found.get();
        add(new H1(getTranslation("complaint.case.title", d.caseNumber())));
        add(new ComplaintFacts(d, complaints.districts()));
        if (d.erased()) {
            add(new Paragraph(getTranslation("complaint.status.erased.text")));
            return;
        }
        add(stateSection(d), notesSection(d), answerSection(d));
    }

    private Section stateSection(Details d) {
        Select<CaseState> to = new Select<>();
        to.setLabel(getTranslation("complaint.case.state.label"));
        to.setItems(d.nextStates().stream().sorted().toList());
        to.setItemLabelGenerator(ComplaintTexts::state);
        Button change = new Button(getTranslation("complaint.case.state.action"), e -> act(() -> {
            if (to.getValue() != null) {
                handling.changeState(caseId, to.getValue());
            }
        }, "complaint.case.state.message"));
        change.addClassName("case-state-change");
        Section s = new Section(new H2(getTranslation("complaint.case.state.title")), to, change);
        s.addClassName("case-section");
        return s;
    }

    private Section notesSection(Details d) {
        Section s = new Section(new H2(getTranslation("complaint.case.notes.title")));
        s.addClassName("case-section");
        for (Note n : d.notes()) {
            s.add(new Paragraph(Formats.dateTime(n.at(), getLocale()) + " – " + n.author() + ": " + n.text()));
        }
        TextArea note = new TextArea(getTranslation("complaint.case.note.label"));
        note.setHelperText(getTranslation("complaint.case.note.helper"));
        note.setWidthFull();
        Button save = new Button(getTranslation("complaint.case.note.action"),
                e -> act(() -> handling.addNote(caseId, note.getValue()), "complaint.case.note.message"));
        s.add(note, save);
        return s;
    }

    private Section answerSection(Details d) {
        Section s = new Section(new H2(getTranslation("complaint.case.answer.title")));
        s.addClassName("case-section");
        for (Answer a : d.answers()) {
            Paragraph p = new Paragraph(Formats.dateTime(a.at(), getLocale()) + " – " + a.author() + ": " + a.text());
            p.getElement().setAttribute("lang", a.language());
            s.add(p);
        }
        s.add(new Paragraph(getTranslation(d.email() == null ? "complaint.case.answer.status.text" : "complaint.case.answer.mail.text")));
        TextArea text = new TextArea(getTranslation("complaint.case.answer.label"));
        text.setHelperText(getTranslation("complaint.case.answer.helper"));
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.addClassName("case-answer-text");
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("complaint.case.answer.language.label"));
        language.setItems(Arrays.asList(Language.values()));
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.fromCode(d.language()).orElse(Language.DEFAULT));
        List<Template> templates = handling.templates(caseId);
        Select<Template> template = new Select<>();
        template.setLabel(getTranslation("complaint.case.template.label"));
        template.setItems(templates);
        template.setItemLabelGenerator(t -> t.title() + " (" + Language.fromCode(t.language()).map(Language::nativeName)
                .orElse(t.language()) + ")");
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                text.setValue(e.getValue().body());
                Language.fromCode(e.getValue().language()).ifPresent(language::setValue);
            }
        });
        Button send = new Button(getTranslation("complaint.case.answer.action"),
                e -> act(() -> handling.answer(caseId, text.getValue(), language.getValue().code()), "complaint.case.answer.message"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        send.addClassName("case-answer-send");
        TextField title = new TextField(getTranslation("complaint.case.template.title.label"));
        Button saveTemplate = new Button(getTranslation("complaint.case.template.save.action"),
                e -> act(() -> handling.saveTemplate(caseId, title.getValue(), text.getValue(), language.getValue().code()),
                        "complaint.case.template.saved.message"));
        s.add(template, text, language, send, new Div(title, saveTemplate));
        return s;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notices.success(getTranslation(successKey));
            render();
        } catch (ComplaintException ex) {
            Notices.error(getTranslation(ex.problems().getFirst().messageKey(), ex.problems().getFirst().args()));
            getChildren().flatMap(c -> c.getChildren()).filter(c -> c instanceof Button)
                    .forEach(c -> ((Button) c).setEnabled(true));
        }
    }

    @Override
    public String titleKey() {
        return "complaint.staff.list.title";
    }
}
