package se.medverka.council.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import se.medverka.council.Meetings;
import se.medverka.shared.ui.Notices;

/** Small pieces the council views share: tables, document links, PDF uploads, refusals. */
final class CouncilUi {

    private CouncilUi() {
    }

    /** A table with a caption (its accessible name) and header cells with scope. */
    static NativeTable table(String caption, List<String> headers) {
        NativeTable table = new NativeTable();
        table.addClassName("council-table");
        table.getElement().appendChild(new com.vaadin.flow.dom.Element("caption").setText(caption));
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow row = new NativeTableRow();
        for (String h : headers) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        head.add(row);
        table.add(head, new NativeTableBody());
        return table;
    }

    static NativeTableRow row(NativeTable table, Object... cells) {
        NativeTableRow row = new NativeTableRow();
        for (Object c : cells) {
            row.add(c instanceof Component component ? new NativeTableCell(component)
                    : new NativeTableCell(c == null ? "" : c.toString()));
        }
        table.getChildren().filter(NativeTableBody.class::isInstance).findFirst()
                .ifPresent(body -> ((NativeTableBody) body).add(row));
        return row;
    }

    /** A link that downloads a document when the service still allows it at the moment of the click. */
    static Anchor document(String label, Supplier<Optional<Meetings.File>> file) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            Meetings.File f = file.get().orElse(null);
            if (f == null) {
                return DownloadResponse.error(404);
            }
            return new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), "application/pdf",
                    f.content().length);
        }), label);
        a.addClassName("council-document");
        return a;
    }

    /** A one-file PDF upload whose bytes go to {@code sink}; the service checks the content. */
    static Upload pdfUpload(String buttonLabel, String dropLabel, java.util.function.BiConsumer<String, byte[]> sink,
                            Runnable removed) {
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> sink.accept(meta.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(buttonLabel));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(dropLabel));
        upload.addFileRemovedListener(e -> removed.run());
        return upload;
    }

    /** Shows a refusal next to the field and announced. */
    static void refuse(Component view, HasValidation field, String message) {
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        Notices.error(message);
    }

    static Div errors() {
        Div errors = new Div();
        errors.addClassName("form-errors");
        errors.getElement().setAttribute("role", "alert");
        return errors;
    }

    static void show(Div errors, String message) {
        errors.removeAll();
        errors.add(new Paragraph(message));
        errors.setVisible(true);
    }

    static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
