package se.medverka.consultation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.Map;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.Consultations.Details;
import se.medverka.consultation.ConsultationQuestions;
import se.medverka.consultation.ConsultationQuestions.NewPicture;
import se.medverka.consultation.QuestionType;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.Notices;

/** A new question for a draft consultation: its type, wording per band and language, and pictures with alt texts. */
class NewQuestionForm extends Div {

    NewQuestionForm(ConsultationQuestions questions, long id, Details d, BiConsumer<Runnable, String> act) {
        Div form = this;
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
            PendingPicture p = new PendingPicture(meta.fileName(), bytes, d.languages());
            pending.add(p);
            Button remove = new Button(getTranslation("consultation.staff.picture.remove.action"), e -> {
                pending.remove(p);
                pictures.remove(p.row);
            });
            p.row.add(remove);
            pictures.add(p.row);
        })));
        upload.setUploadButton(new Button(getTranslation("consultation.staff.picture.upload.action")));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setMaxFileSize(1024 * 1024);
        upload.setMaxFiles(ConsultationQuestions.MAX_PICTURES);
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
            act.accept(() -> questions.addQuestion(id, type.getValue(), texts, newPictures),
                    "consultation.staff.question.added.message");
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(new H3(getTranslation("consultation.staff.question.new.title")), type, wording, youngest, pictureArea, add);
    }

    /**
     * An uploaded picture waiting for its question, with an alt text field per language: a group
     * named by the file's name, so that a screen reader says which picture the fields describe.
     */
    private final class PendingPicture {
        final byte[] data;
        final Map<String, TextField> alts = new LinkedHashMap<>();
        final Div row = new Div();

        PendingPicture(String fileName, byte[] data, List<String> languages) {
            this.data = data;
            row.addClassName("consultation-pending-picture");
            row.getElement().setAttribute("role", "group");
            row.getElement().setAttribute("aria-label", fileName);
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
}
