package nestling.ui.common;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;
import nestling.domain.Baby;

/**
 * Turns a chosen picture (JPEG, PNG, GIF, BMP) into a JPEG small enough for the vault
 * ({@link Baby#MAX_PHOTO_BYTES}). JavaFX decodes and scales; ImageIO ({@code java.desktop}, which
 * the module already requires) encodes, since JavaFX itself writes no image files. Runs off the FX thread.
 */
public final class PhotoScaler {
    /** Longest sides tried, largest first, until the JPEG fits. */
    public static final int[] SIDES = {768, 512, 384, 256, 160};

    private PhotoScaler() {
    }

    /** @throws IOException when the bytes are not a picture JavaFX can read */
    public static byte[] downscale(byte[] picture) throws IOException {
        for (int side : SIDES) {
            Image image = new Image(new ByteArrayInputStream(picture), side, side, true, true);
            if (image.isError() || image.getWidth() < 1) {
                throw new IOException("not a picture");
            }
            byte[] jpeg = jpeg(image);
            if (jpeg.length <= Baby.MAX_PHOTO_BYTES) {
                return jpeg;
            }
        }
        throw new IOException("the picture does not get small enough");
    }

    private static byte[] jpeg(Image image) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = pixels.getArgb(x, y);
                // Transparent parts become white rather than black.
                int alpha = argb >>> 24;
                rgb.setRGB(x, y, alpha == 255 ? argb : blendOnWhite(argb, alpha));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(rgb, "jpg", out)) {
            throw new IOException("no JPEG writer");
        }
        return out.toByteArray();
    }

    private static int blendOnWhite(int argb, int alpha) {
        int r = ((argb >> 16) & 0xff) * alpha / 255 + (255 - alpha);
        int g = ((argb >> 8) & 0xff) * alpha / 255 + (255 - alpha);
        int b = (argb & 0xff) * alpha / 255 + (255 - alpha);
        return (r << 16) | (g << 8) | b;
    }
}
