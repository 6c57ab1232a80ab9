package se.medverka.budget.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;
import se.medverka.budget.internal.BudgetPictures;

/**
 * One optional picture (JPEG or PNG, at most {@link BudgetPictures#MAX_BYTES}), kept in memory until
 * the form is sent; the service re-encodes it without EXIF. Used by the proposal form and by staff's
 * tracker updates; and a stored picture shown as an image.
 */
class PictureUpload extends Div {

    private final Upload upload;
    private byte[] bytes;

    PictureUpload(String labelKey) {
        upload = new Upload(UploadHandler.inMemory((meta, data) -> bytes = data));
        upload.setAcceptedFileTypes("image/jpeg", "image/png");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(BudgetPictures.MAX_BYTES);
        upload.addFileRemovedListener(e -> bytes = null);
        add(new Paragraph(getTranslation(labelKey)), upload);
    }

    /** A stored picture (already re-encoded) as an image with its text alternative. */
    static Image image(Supplier<Optional<byte[]>> stored, String fileName, String alt) {
        Image img = new Image(DownloadHandler.fromInputStream(ev -> stored.get()
                .map(b -> new DownloadResponse(new ByteArrayInputStream(b), fileName, "image/jpeg", b.length))
                .orElse(DownloadResponse.error(404))), alt);
        img.setMaxWidth("100%");
        return img;
    }

    Optional<byte[]> bytes() {
        return Optional.ofNullable(bytes);
    }

    void clear() {
        upload.clearFileList();
        bytes = null;
    }
}
