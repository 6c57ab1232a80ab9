package se.medverka.information.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import se.medverka.information.InformationException;
import se.medverka.information.TranslationFiles;
import se.medverka.information.TranslationFiles.ImportResult;
import se.medverka.information.TranslationFiles.LanguageStatus;
import se.medverka.information.TranslationStatus;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * How complete each language is, and the file a language consultant works in: export all texts of
 * a language as CSV, send it back, import it (checked completely, stored all or nothing).
 */
@Route(value = "personal/oversattningar", layout = StaffLayout.class)
@Menu(title = "information.translations.nav.label", order = 510)
@RolesAllowed("ADMIN")
public class TranslationsView extends VerticalLayout implements TranslatedTitle {

    private static final int MAX_FILE = 5 * 1024 * 1024;

    private final TranslationFiles files;
    private final Grid<LanguageStatus> grid = new Grid<>();
    private final Select<Language> language = new Select<>();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final Div result = new Div();
    private volatile Language chosen = Language.FI;
    private volatile byte[] uploaded;
    private volatile String uploadedName;

    public TranslationsView(TranslationFiles files) {
        this.files = files;
        addClassName("translations-admin");
        add(new H1(getTranslation("information.translations.title")),
                new Paragraph(getTranslation("information.translations.intro")));

        grid.addColumn(s -> s.language().nativeName() + " (" + s.language().code() + ")")
                .setHeader(getTranslation("information.translations.grid.language.label")).setFlexGrow(2);
        grid.addColumn(s -> counts(s.uiTexts())).setHeader(getTranslation("information.translations.grid.ui.label")).setFlexGrow(3);
        grid.addColumn(s -> counts(s.pages())).setHeader(getTranslation("information.translations.grid.pages.label")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("information.translations.grid.label"));
        add(grid);

        add(new H2(getTranslation("information.translations.file.title")),
                new Paragraph(getTranslation("information.translations.file.helper")));
        language.setLabel(getTranslation("information.translations.language.label"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l.nativeName() + " (" + l.code() + ")");
        language.setValue(chosen);
        language.addValueChangeListener(e -> chosen = e.getValue() == null ? Language.FI : e.getValue());

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            Language l = chosen;
            byte[] csv = files.export(l);
            return new DownloadResponse(new ByteArrayInputStream(csv), TranslationFiles.fileName(l),
                    "text/csv; charset=UTF-8", csv.length);
        }), getTranslation("information.translations.export.action"));
        export.addClassName("export-link");

        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            uploadedName = meta.fileName();
            uploaded = bytes;
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("information.translations.upload.action")));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("information.translations.upload.helper")));
        upload.addFileRejectedListener(e -> Notices.error(getTranslation("information.translations.import.error.file")));
        upload.addFileRemovedListener(e -> uploaded = null);
        // Said in the live region, so that a person (and a screen reader) knows the file is in.
        upload.addAllFinishedListener(e -> {
            if (uploaded != null) {
                result.removeAll();
                result.add(new Paragraph(getTranslation("information.translations.upload.done.text", uploadedName)));
            }
        });
        Button importButton = new Button(getTranslation("information.translations.import.action"), e -> importFile());
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("information.translations.progress.label"));
        progressText.setVisible(false);
        result.getElement().setAttribute("aria-live", "polite");
        add(language, export, upload, importButton, progress, progressText, result);
        refresh();
    }

    private void refresh() {
        grid.setItems(files.status());
    }

    private void importFile() {
        result.removeAll();
        byte[] bytes = uploaded;
        if (bytes == null) {
            Notices.error(getTranslation("information.translations.import.error.nofile"));
            return;
        }
        AtomicInteger checked = new AtomicInteger();
        progress.setVisible(true);
        progressText.setVisible(true);
        try {
            ImportResult done = files.importFile(chosen, bytes, checked::set);
            progress.setValue(1);
            progressText.setText(getTranslation("information.translations.progress.text", done.rows(), done.rows()));
            String message = getTranslation("information.translations.import.done.message",
                    done.rows(), done.uiTexts(), done.pageTexts());
            result.add(new Paragraph(message));
            Notices.success(message);
            uploaded = null;
            refresh();
        } catch (InformationException ex) {
            progress.setValue(0);
            progressText.setText(getTranslation("information.translations.progress.failed.text", checked.get()));
            UnorderedList problems = new UnorderedList();
            ex.problems().forEach(p -> problems.add(new ListItem(getTranslation(p.messageKey(), p.params().toArray()))));
            Paragraph heading = new Paragraph(getTranslation("information.translations.import.failed.message"));
            heading.addClassName("import-failed");
            result.add(heading, problems);
            Notices.error(getTranslation("information.translations.import.failed.message"));
        }
    }

    private String counts(Map<TranslationStatus, Integer> counts) {
        StringBuilder out = new StringBuilder();
        for (TranslationStatus s : TranslationStatus.values()) {
            if (!out.isEmpty()) {
                out.append(" · ");
            }
            out.append(getTranslation(s.labelKey())).append(' ').append(counts.get(s));
        }
        return out.toString();
    }

    @Override
    public String titleKey() {
        return "information.translations.title";
    }
}
