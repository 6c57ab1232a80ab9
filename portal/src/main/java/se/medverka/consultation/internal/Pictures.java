package se.medverka.consultation.internal;

import java.util.Optional;

/**
 * Checks an uploaded picture by its first bytes, not by what the browser claims, so that only
 * PNG, JPEG and WebP up to 1 MB are ever stored and served.
 */
public final class Pictures {

    public static final int MAX_BYTES = 1024 * 1024;

    private Pictures() {
    }

    /** The picture's real content type, or empty when it is none of the allowed kinds. */
    public static Optional<String> contentType(byte[] data) {
        if (data == null || data.length < 12) {
            return Optional.empty();
        }
        if ((data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G'
                && data[4] == 0x0d && data[5] == 0x0a && data[6] == 0x1a && data[7] == 0x0a) {
            return Optional.of("image/png");
        }
        if ((data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        if (data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F'
                && data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}
