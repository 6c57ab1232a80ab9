package se.medverka.council.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.medverka.council.CouncilException;

/**
 * Documents are PDF: the file's first bytes must be {@code %PDF-} (whatever its name says) and it
 * must be within {@code medverka.council.max-document-bytes} (default 10 MiB).
 */
@Component
public class Pdfs {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final long maxBytes;

    Pdfs(@Value("${medverka.council.max-document-bytes:10485760}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Refuses what is not a PDF or is too large; returns a file name safe to show and to send. */
    public String check(String fileName, byte[] content) {
        if (content == null || content.length < MAGIC.length
                || !Arrays.equals(Arrays.copyOf(content, MAGIC.length), MAGIC)) {
            throw new CouncilException("council.document.error.notpdf");
        }
        if (content.length > maxBytes) {
            throw new CouncilException("council.document.error.toolarge");
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty()) {
            name = "dokument.pdf";
        }
        if (name.length() > 200) {
            name = name.substring(0, 196) + ".pdf";
        }
        return name;
    }
}
