package se.medverka.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.ConsultationException;
import se.medverka.consultation.ConsultationStatus;
import se.medverka.consultation.ConsultationResults;
import se.medverka.consultation.Consultations;
import se.medverka.consultation.Consultations.Details;
import se.medverka.consultation.ConsultationQuestions;
import se.medverka.routing.DistrictSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TitledSection;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * Staff: one consultation — headings for the children, questions per band and language,
 * class codes, opening and closing, results with suppression (and CSV), free texts, feedback.
 */
@Route(value = "personal/konsultation", layout = StaffLayout.class)
@RolesAllowed({"HANDLER", "ADMIN"})
public class ConsultationEditView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private final Consultations consultations;
    private final ConsultationQuestions questions;
    private final ConsultationResults results;
    private final Map<String, String> districtNames;
    private final List<DistrictSummary> districts;
    private long id;

    public ConsultationEditView(Consultations consultations, ConsultationQuestions questions, ConsultationResults results,
                                RoutingRegister register) {
        this.consultations = consultations;
        this.questions = questions;
        this.results = results;
        this.districts = register.districts();
        this.districtNames = districts.stream().collect(Collectors.toMap(DistrictSummary::code, DistrictSummary::name));
        addClassName("consultation-edit");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter == null ? -1 : parameter;
        rebuild();
    }

    private void rebuild() {
        removeAll();
        Details d;
        try {
            d = consultations.details(id);
        } catch (ConsultationException e) {
            add(new H1(getTranslation("consultation.staff.edit.title")), new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        add(new H1(d.title()));
        add(new Paragraph(getTranslation("consultation.staff.edit.status.text", getTranslation(d.status().labelKey()))));
        add(statusButtons(d), intros(d), questions(d), codes(d), new ConsultationResultsSection(results, id, d, districtNames),
                freeTexts(), feedback(d));
    }

    /** Runs a service call; a refusal shows its message, success its own and a fresh view. */
    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notices.success(getTranslation(successKey));
            rebuild();
        } catch (ConsultationException e) {
            Notices.error(getTranslation(e.messageKey()));
        }
    }

    private Component statusButtons(Details d) {
        Div buttons = new Div();
        if (d.status() != ConsultationStatus.OPEN) {
            Button open = new Button(getTranslation("consultation.staff.status.open.action"),
                    e -> act(() -> consultations.open(id), "consultation.staff.status.changed.message"));
            open.addThemeVariants(ButtonVariant.PRIMARY);
            buttons.add(open);
        } else {
            buttons.add(new Button(getTranslation("consultation.staff.status.close.action"),
                    e -> act(() -> consultations.close(id), "consultation.staff.status.changed.message")));
        }
        return buttons;
    }

    /** A part of the page, named by its heading (a region a screen reader lists and a person can jump to). */
    private Section section(String titleKey, Component... content) {
        Section s = TitledSection.of(getTranslation(titleKey), content);
        s.addClassName("consultation-section");
        return s;
    }

    private Component intros(Details d) {
        WordingFields fields = new WordingFields("consultation.staff.intro.field.label", d.bands(), d.languages(), 200, d.intros());
        Button save = new Button(getTranslation("consultation.staff.intro.save.action"),
                e -> act(() -> consultations.saveIntros(id, fields.texts()), "consultation.staff.intro.saved.message"));
        return section("consultation.staff.intro.title", new Paragraph(getTranslation("consultation.staff.intro.helper")), fields, save);
    }

    private Component questions(Details d) {
        OrderedList list = new OrderedList();
        for (Consultations.Question q : d.questions()) {
            ListItem item = new ListItem(new Span(getTranslation(q.type().labelKey())));
            UnorderedList wordings = new UnorderedList();
            q.texts().forEach((band, byLanguage) -> byLanguage.forEach((language, text) ->
                    wordings.add(new ListItem(getTranslation(band.labelKey()) + " (" + Language.fromCode(language)
                            .map(Language::nativeName).orElse(language) + "): " + text))));
            item.add(wordings);
            Div pictures = new Div();
            pictures.addClassName("consultation-pictures");
            q.pictures().forEach(p -> pictures.add(preview(p.id(), p.altTexts().values().iterator().next())));
            item.add(pictures);
            list.add(item);
        }
        Section s = section("consultation.staff.question.title", list);
        if (d.status() == ConsultationStatus.DRAFT) {
            s.add(new NewQuestionForm(questions, id, d, this::act));
        } else {
            s.add(new Paragraph(getTranslation("consultation.staff.question.error.notdraft")));
        }
        return s;
    }

    private Image preview(long pictureId, String alt) {
        Image image = ChildUi.picture(() -> questions.picture(pictureId), pictureId, alt);
        image.addClassName("consultation-thumb");
        return image;
    }

    private Component codes(Details d) {
        UnorderedList list = new UnorderedList();
        list.addClassName("consultation-codes");
        d.codes().forEach(c -> list.add(new ListItem(new Span(c.code()),
                new Span(" – " + districtNames.getOrDefault(c.districtCode(), c.districtCode()) + ", " + getTranslation(c.band().labelKey())
                        + " (" + getTranslation("consultation.staff.code.answers.text", c.answers(), c.maxAnswers()) + ")"))));
        ComboBox<DistrictSummary> district = new ComboBox<>(getTranslation("consultation.staff.code.district.label"));
        district.setItems(districts);
        district.setItemLabelGenerator(DistrictSummary::name);
        Select<AgeBand> band = new Select<>();
        band.setLabel(getTranslation("consultation.staff.code.band.label"));
        band.setItems(d.bands());
        band.setItemLabelGenerator(b -> getTranslation(b.labelKey()));
        if (d.bands().size() == 1) {
            band.setValue(d.bands().getFirst());
        }
        com.vaadin.flow.component.textfield.IntegerField most =
                new com.vaadin.flow.component.textfield.IntegerField(getTranslation("consultation.staff.code.max.label"));
        most.setHelperText(getTranslation("consultation.staff.code.max.helper"));
        most.setMin(1);
        most.setMax(Consultations.MAX_CLASS_ANSWERS);
        most.setValue(Consultations.DEFAULT_CLASS_ANSWERS);
        Button create = new Button(getTranslation("consultation.staff.code.create.action"), e -> act(() ->
                        consultations.createClassCode(id, district.isEmpty() ? null : district.getValue().code(), band.getValue(),
                                most.getValue()),
                "consultation.staff.code.created.message"));
        return section("consultation.staff.code.title", new Paragraph(getTranslation("consultation.staff.code.helper")),
                list, new FormLayout(district, band, most), create);
    }

    private Component freeTexts() {
        Section s = section("consultation.staff.freetext.title", new Paragraph(getTranslation("consultation.staff.freetext.helper")));
        var texts = results.freeTexts(id);
        if (texts.isEmpty()) {
            s.add(new Paragraph(getTranslation("consultation.staff.freetext.none.text")));
        }
        UnorderedList list = new UnorderedList();
        texts.forEach(t -> {
            ListItem item = new ListItem(new Span(getTranslation(t.band().labelKey()) + ": "));
            if ("REMOVED".equals(t.moderation())) {
                item.add(new Span(getTranslation("consultation.staff.freetext.removed.text")));
            } else {
                item.add(new Span(t.text()), new Button(getTranslation("consultation.staff.freetext.remove.action"),
                        e -> act(() -> results.removeFreeText(id, t.responseId(), t.questionId()),
                                "consultation.staff.freetext.removed.message")));
            }
            list.add(item);
        });
        s.add(list);
        return s;
    }

    private Component feedback(Details d) {
        Select<AgeBand> band = new Select<>();
        band.setLabel(getTranslation("consultation.staff.feedback.band.label"));
        band.setItems(d.bands());
        band.setItemLabelGenerator(b -> getTranslation(b.labelKey()));
        band.setValue(d.bands().getFirst());
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("consultation.staff.feedback.language.label"));
        language.setItems(d.languages());
        language.setItemLabelGenerator(l -> Language.fromCode(l).map(Language::nativeName).orElse(l));
        language.setValue(d.languages().getFirst());
        TextArea text = new TextArea(getTranslation("consultation.staff.feedback.text.label"));
        text.setHelperText(getTranslation("consultation.staff.feedback.text.helper"));
        text.setMaxLength(4000);
        text.setWidthFull();
        Supplier<String> current = () -> d.feedback().getOrDefault(band.getValue(), Map.of()).getOrDefault(language.getValue(), "");
        text.setValue(current.get());
        band.addValueChangeListener(e -> text.setValue(current.get()));
        language.addValueChangeListener(e -> text.setValue(current.get()));
        Button publish = new Button(getTranslation("consultation.staff.feedback.publish.action"), e -> act(() ->
                consultations.publishFeedback(id, band.getValue(), language.getValue(), text.getValue()),
                "consultation.staff.feedback.published.message"));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        return section("consultation.staff.feedback.title", new FormLayout(band, language), text, publish);
    }

    @Override
    public String titleKey() {
        return "consultation.staff.edit.title";
    }
}
