package se.medverka.records.internal;

import com.ibm.icu.text.Bidi;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * A plain text document written as PDF/A-2b with Apache PDFBox: the font (DejaVu Sans, which covers
 * Swedish, the Sami letters and Hebrew script) is embedded, the XMP metadata names the PDF/A part and
 * conformance, and an sRGB output intent is present — what veraPDF checks. Text is laid out in lines
 * of words; right-to-left text (Yiddish) is put in visual order with ICU's bidi algorithm and aligned
 * right. Only text is written: whatever is not handed in is not in the file, so a redacted passage is
 * absent, not hidden.
 */
public final class PdfA implements AutoCloseable {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final float MARGIN = 56;
    private static final float BODY = 11;
    private static final float HEADING = 15;

    private final PDDocument doc = new PDDocument();
    private final DejaVuSans shared;
    private final boolean ownFont;
    private final PDType0Font font;
    private final boolean rightToLeft;
    private PDPageContentStream out;
    private float y;

    /** A document with the font parsed for it alone (a released copy, a refusal). */
    public PdfA(String title, boolean rightToLeft) {
        this(title, rightToLeft, new DejaVuSans(), true);
    }

    /** A document with a font shared with the documents written before and after it by this thread. */
    public PdfA(String title, boolean rightToLeft, DejaVuSans font) {
        this(title, rightToLeft, font, false);
    }

    private PdfA(String title, boolean rightToLeft, DejaVuSans shared, boolean ownFont) {
        this.rightToLeft = rightToLeft;
        this.shared = shared;
        this.ownFont = ownFont;
        try {
            font = PDType0Font.load(doc, shared.ttf(), true);
            metadata(title);
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);
            doc.getDocumentCatalog().setLanguage(rightToLeft ? "yi" : "sv");
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PdfA heading(String text) {
        space(6);
        lines(text, HEADING);
        space(4);
        return this;
    }

    /** A paragraph; line breaks in the text start new lines, empty lines make space. */
    public PdfA paragraph(String text) {
        for (String line : (text == null ? "" : text).replace("\r", "").split("\n", -1)) {
            if (line.isBlank()) {
                space(BODY * 0.6f);
            } else {
                lines(line, BODY);
            }
        }
        space(BODY * 0.6f);
        return this;
    }

    public PdfA newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeTo(OutputStream target) {
        try {
            out.close();
            out = null;
            doc.save(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeTo(bytes);
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (ownFont) {
                shared.close();
            }
        }
    }

    private void lines(String text, float size) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (String line : wrap(printable(text), size, width)) {
            if (y - size * 1.4f < MARGIN) {
                newPage();
            }
            y -= size * 1.4f;
            String shown = rightToLeft ? visual(line) : line;
            float x = rightToLeft ? MARGIN + width - textWidth(shown, size) : MARGIN;
            try {
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(x, y);
                out.showText(shown);
                out.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void space(float points) {
        y -= points;
    }

    private List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word longer than the line is cut.
            String rest = word;
            while (textWidth(rest, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(rest.substring(0, cut), size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float textWidth(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text without control characters, Yiddish letters with points precomposed ({@link HebrewPoints}),
     * and what the font cannot show replaced by "?".
     */
    private String printable(String text) {
        StringBuilder clean = new StringBuilder();
        HebrewPoints.precompose(text, cp -> shared.glyphs().computeIfAbsent(cp, this::hasGlyph)).codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                clean.append(' ');
            } else if (shared.glyphs().computeIfAbsent(cp, this::hasGlyph)) {
                clean.appendCodePoint(cp);
            } else {
                clean.append('?');
            }
        });
        return clean.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static String visual(String logical) {
        Bidi bidi = new Bidi(logical, Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }

    private void metadata(String title) throws IOException {
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xml(title));
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
