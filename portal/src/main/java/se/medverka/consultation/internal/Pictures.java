package se.medverka.consultation.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Checks an uploaded picture by its first bytes, not by what the browser claims, so that only
 * PNG, JPEG and WebP up to 1 MB are accepted, and re-encodes it: only the pixels are kept, so
 * EXIF and every other metadata (where a photo was taken, with which device, by whom) are gone
 * before anything is stored or served. WebP (read with TwelveMonkeys) is stored as PNG.
 */
public final class Pictures {

    public static final int MAX_BYTES = 1024 * 1024;
    /** Larger pictures are refused before they are decoded: 1 MB of PNG could otherwise unpack to gigabytes. */
    public static final int MAX_SIDE = 4096;
    private static final float JPEG_QUALITY = 0.9f;

    /** A re-encoded picture and its content type. */
    public record Clean(byte[] data, String contentType) {
    }

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

    /**
     * The picture decoded and encoded again, without any metadata: JPEG stays JPEG, PNG and WebP
     * become PNG. Empty when it is not a picture of an allowed kind, cannot be decoded, or is
     * larger than {@link #MAX_SIDE} on a side.
     */
    public static Optional<Clean> reencode(byte[] data) {
        Optional<String> type = contentType(data);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            BufferedImage image = decode(data);
            if (image == null) {
                return Optional.empty();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (type.get().equals("image/jpeg")) {
                writeJpeg(withoutAlpha(image), out);
                return Optional.of(new Clean(out.toByteArray(), "image/jpeg"));
            }
            if (!ImageIO.write(image, "png", out)) {
                return Optional.empty();
            }
            return Optional.of(new Clean(out.toByteArray(), "image/png"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage decode(byte[] data) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }

    private static void writeJpeg(BufferedImage image, ByteArrayOutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            // No metadata passed: the writer emits a bare JFIF header, nothing of the upload's EXIF.
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
