package se.medverka.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.medverka.shared.csv.CsvFile;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.ConsultationException;
import se.medverka.consultation.ConsultationStatus;
import se.medverka.consultation.Consultations;
import se.medverka.consultation.Consultations.Cell;
import se.medverka.consultation.Consultations.Details;
import se.medverka.consultation.Consultations.NewPicture;
import se.medverka.consultation.Consultations.QuestionResult;
import se.medverka.consultation.QuestionType;
import se.medverka.consultation.Suppression.Figure;
import se.medverka.routing.DistrictSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * Staff: one consultation — headings for the children, questions per band and language,
 * class codes, opening and closing, results with suppression (and CSV), free texts, feedback.
 */
@Route(value = "personal/konsultation", layout = StaffLayout.class)
@RolesAllowed({"HANDLER", "ADMIN"})
public class ConsultationEditView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private final Consultations consultations;
    private final Map<String, String> districtNames;
    private final List<DistrictSummary> districts;
    private long id;

    public ConsultationEditView(Consultations consultations, RoutingRegister register) {
        this.consultations = consultations;
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
        add(statusButtons(d), intros(d), questions(d), codes(d), results(d), freeTexts(), feedback(d));
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

    private Section section(String titleKey, Component... content) {
        Section s = new Section(new H2(getTranslation(titleKey)));
        s.add(content);
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
                    wordings.add(new ListItem(getTranslation(band.labelKey()) + " (" + language + "): " + text))));
            item.add(wordings);
            Div pictures = new Div();
            pictures.addClassName("consultation-pictures");
            q.pictures().forEach(p -> pictures.add(preview(p.id(), p.altTexts().values().iterator().next())));
            item.add(pictures);
            list.add(item);
        }
        Section s = section("consultation.staff.question.title", list);
        if (d.status() == ConsultationStatus.DRAFT) {
            s.add(questionForm(d));
        } else {
            s.add(new Paragraph(getTranslation("consultation.staff.question.error.notdraft")));
        }
        return s;
    }

    private Image preview(long pictureId, String alt) {
        Image image = ChildUi.picture(() -> consultations.picture(pictureId), pictureId, alt);
        image.addClassName("consultation-thumb");
        return image;
    }

    private Component questionForm(Details d) {
        Div form = new Div();
        form.addClassName("consultation-question-form");
        Select<QuestionType> type = new Select<>();
        type.setLabel(getTranslation("consultation.staff.question.type.label"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setValue(QuestionType.SMILEY);
        WordingFields wording = new WordingFields("consultation.staff.question.field.label", d.bands(), d.languages(), 300, Map.of());
        Checkbox youngest = new Checkbox(getTranslation("consultation.staff.question.youngest.label"));
        youngest.setVisible(false);

        List<PendingPicture> pending = new ArrayList<>();
        Div pictures = new Div();
        pictures.addClassName("consultation-pending");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            PendingPicture p = new PendingPicture(bytes, d.languages());
            pending.add(p);
            Button remove = new Button(getTranslation("consultation.staff.picture.remove.action"), e -> {
                pending.remove(p);
                pictures.remove(p.row);
            });
            p.row.add(remove);
            pictures.add(p.row);
        })));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setMaxFileSize(1024 * 1024);
        upload.setMaxFiles(Consultations.MAX_PICTURES);
        upload.addFileRejectedListener(e -> Notices.error(getTranslation("consultation.staff.question.error.picturesize")));
        Span uploadHelp = new Span(getTranslation("consultation.staff.picture.helper"));
        Div pictureArea = new Div(uploadHelp, upload, pictures);
        pictureArea.setVisible(false);
        type.addValueChangeListener(e -> {
            pictureArea.setVisible(e.getValue() == QuestionType.PICTURE);
            youngest.setVisible(e.getValue() == QuestionType.FREE_TEXT && d.bands().contains(AgeBand.B6_9));
        });

        Button add = new Button(getTranslation("consultation.staff.question.add.action"), e -> {
            Map<AgeBand, Map<String, String>> texts = new LinkedHashMap<>(wording.texts());
            if (type.getValue() == QuestionType.FREE_TEXT && !youngest.getValue()) {
                texts.remove(AgeBand.B6_9);
            }
            List<NewPicture> newPictures = type.getValue() == QuestionType.PICTURE
                    ? pending.stream().map(PendingPicture::toNew).toList() : List.of();
            act(() -> consultations.addQuestion(id, type.getValue(), texts, newPictures),
                    "consultation.staff.question.added.message");
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(new H3(getTranslation("consultation.staff.question.new.title")), type, wording, youngest, pictureArea, add);
        return form;
    }

    /** An uploaded picture waiting for its question, with an alt text field per language. */
    private final class PendingPicture {
        final byte[] data;
        final Map<String, TextField> alts = new LinkedHashMap<>();
        final Div row = new Div();

        PendingPicture(byte[] data, List<String> languages) {
            this.data = data;
            row.addClassName("consultation-pending-picture");
            Image image = new Image(DownloadHandler.fromInputStream(event ->
                    new DownloadResponse(new ByteArrayInputStream(data), "bild", se.medverka.consultation.internal.Pictures.contentType(data).orElse("application/octet-stream"), data.length)), "");
            image.addClassName("consultation-thumb");
            row.add(image);
            for (String language : languages) {
                TextField alt = new TextField(getTranslation("consultation.staff.picture.alt.label",
                        Language.fromCode(language).map(Language::nativeName).orElse(language)));
                alt.setMaxLength(200);
                alt.setRequiredIndicatorVisible(true);
                alts.put(language, alt);
                row.add(alt);
            }
        }

        NewPicture toNew() {
            Map<String, String> texts = new LinkedHashMap<>();
            alts.forEach((language, field) -> texts.put(language, field.getValue()));
            return new NewPicture(data, texts);
        }
    }

    private Component codes(Details d) {
        UnorderedList list = new UnorderedList();
        list.addClassName("consultation-codes");
        d.codes().forEach(c -> list.add(new ListItem(new Span(c.code()),
                new Span(" – " + districtNames.getOrDefault(c.districtCode(), c.districtCode()) + ", " + getTranslation(c.band().labelKey())))));
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
        Button create = new Button(getTranslation("consultation.staff.code.create.action"), e -> act(() ->
                        consultations.createClassCode(id, district.isEmpty() ? null : district.getValue().code(), band.getValue()),
                "consultation.staff.code.created.message"));
        return section("consultation.staff.code.title", new Paragraph(getTranslation("consultation.staff.code.helper")),
                list, new FormLayout(district, band), create);
    }

    private Component results(Details d) {
        List<Cell> cells = consultations.results(id);
        Section s = section("consultation.staff.results.title",
                new Paragraph(getTranslation("consultation.staff.results.helper")));
        if (cells.isEmpty()) {
            s.add(new Paragraph(getTranslation("consultation.staff.results.none.text")));
            return s;
        }
        Map<String, String> choiceLabels = choiceLabels(d, getLocale());
        String fewer = getTranslation("consultation.staff.results.fewer.text");
        for (Cell cell : cells) {
            s.add(new H3(cellName(cell, getLocale())));
            s.add(new Paragraph(getTranslation("consultation.staff.results.responses.label") + ": " + cell.responses().show(fewer)));
            s.add(table(cell, choiceLabels, fewer));
        }
        Locale locale = getLocale();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv(d, locale).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "konsultation-" + id + ".csv",
                    "text/csv; charset=utf-8", bytes.length);
        }), getTranslation("consultation.staff.results.csv.action"));
        csv.getElement().setAttribute("download", true);
        s.add(csv);
        return s;
    }

    private String cellName(Cell cell, Locale locale) {
        return getTranslation(locale, cell.band().labelKey()) + " – " + (cell.districtCode() == null
                ? getTranslation(locale, "consultation.staff.results.nocode.label")
                : districtNames.getOrDefault(cell.districtCode(), cell.districtCode()));
    }

    private Map<String, String> choiceLabels(Details d, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String c : QuestionType.SMILEY.choices()) {
            labels.put("SMILEY:" + c, c + " – " + getTranslation(locale, "consultation.answer.smiley." + c + ".label"));
        }
        for (String c : QuestionType.YES_NO.choices()) {
            labels.put("YES_NO:" + c, getTranslation(locale, "consultation.answer.choice." + c + ".label"));
        }
        d.questions().forEach(q -> q.pictures().forEach(p ->
                labels.put("PICTURE:" + p.id(), p.altTexts().values().iterator().next())));
        return labels;
    }

    private Component table(Cell cell, Map<String, String> labels, String fewer) {
        Element table = new Element("table");
        table.getClassList().add("consultation-results");
        Element head = new Element("tr");
        for (String key : List.of("consultation.staff.results.question.label", "consultation.staff.results.choice.label",
                "consultation.staff.results.count.label")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (QuestionResult q : cell.questions()) {
            body.appendChild(row(q.position() + ". " + q.text(), getTranslation("consultation.staff.results.answered.label"),
                    q.answered().show(fewer)));
            q.choices().forEach((choice, figure) -> body.appendChild(row("", labels.getOrDefault(q.type() + ":" + choice, choice),
                    figure.show(fewer))));
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static Element row(String... cells) {
        Element tr = new Element("tr");
        for (String c : cells) {
            tr.appendChild(new Element("td").setText(c));
        }
        return tr;
    }

    /** The export: the same suppressed figures as on screen, one row per figure ({@link CsvFile}). */
    private String csv(Details d, Locale locale) {
        String fewer = getTranslation(locale, "consultation.staff.results.fewer.text");
        Map<String, String> labels = choiceLabels(d, locale);
        return CsvFile.text(out -> {
            out.row(getTranslation(locale, "consultation.staff.results.band.label"),
                    getTranslation(locale, "consultation.staff.results.district.label"),
                    getTranslation(locale, "consultation.staff.results.question.label"),
                    getTranslation(locale, "consultation.staff.results.choice.label"),
                    getTranslation(locale, "consultation.staff.results.count.label"));
            for (Cell cell : consultations.results(id)) {
                String band = getTranslation(locale, cell.band().labelKey());
                String district = cell.districtCode() == null ? getTranslation(locale, "consultation.staff.results.nocode.label")
                        : districtNames.getOrDefault(cell.districtCode(), cell.districtCode());
                out.row(band, district, "", getTranslation(locale, "consultation.staff.results.responses.label"),
                        cell.responses().show(fewer));
                for (QuestionResult q : cell.questions()) {
                    String question = q.position() + ". " + q.text();
                    out.row(band, district, question, getTranslation(locale, "consultation.staff.results.answered.label"),
                            q.answered().show(fewer));
                    for (Map.Entry<String, Figure> c : q.choices().entrySet()) {
                        out.row(band, district, question, labels.getOrDefault(q.type() + ":" + c.getKey(), c.getKey()),
                                c.getValue().show(fewer));
                    }
                }
            }
        });
    }

    private Component freeTexts() {
        Section s = section("consultation.staff.freetext.title", new Paragraph(getTranslation("consultation.staff.freetext.helper")));
        var texts = consultations.freeTexts(id);
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
                        e -> act(() -> consultations.removeFreeText(id, t.responseId(), t.questionId()),
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
