package se.medverka.records.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * DejaVu Sans (Swedish, the Sami letters, Hebrew script; licence beside the font) parsed once, for the
 * documents one thread writes in a row — an archive package: the TrueType parse and which code points
 * have a glyph are shared, while each document still loads its own {@code PDType0Font} and embeds its
 * own subset, as PDFBox requires. Not thread-safe (fontbox's {@link TrueTypeFont} reads its tables
 * lazily from one buffer), so never shared between threads; a single document parses its own.
 */
public final class DejaVuSans implements AutoCloseable {

    private static final byte[] FONT = resource("/records/DejaVuSans.ttf");

    private final TrueTypeFont ttf;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    public DejaVuSans() {
        try {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(FONT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TrueTypeFont ttf() {
        return ttf;
    }

    /** Whether the font has a glyph for a code point, as found out by the documents so far. */
    Map<Integer, Boolean> glyphs() {
        return glyphs;
    }

    @Override
    public void close() {
        try {
            ttf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DejaVuSans.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
