package se.medverka.budget.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import se.medverka.budget.BudgetException;

/**
 * A proposal's or a tracker update's picture as stored: decoded and written anew as JPEG, so nothing of the original file
 * survives but its pixels — no EXIF (camera, time, GPS position), no comments, no hidden payload.
 */
public final class BudgetPictures {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final int MAX_SIDE = 1600;

    private BudgetPictures() {
    }

    /** What to store for an optional upload: null for none, else the picture re-encoded. */
    public static byte[] stored(byte[] upload) {
        return upload == null || upload.length == 0 ? null : reencode(upload);
    }

    public static byte[] reencode(byte[] original) {
        if (original.length > MAX_BYTES) {
            throw new BudgetException("budget.proposal.picture.error.invalid");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(original));
            if (image == null || image.getWidth() > 10_000 || image.getHeight() > 10_000) {
                throw new BudgetException("budget.proposal.picture.error.invalid");
            }
            double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
            int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            var g = rgb.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(rgb, "jpeg", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof BudgetException b) {
                throw b;
            }
            throw new BudgetException("budget.proposal.picture.error.invalid");
        }
    }
}
