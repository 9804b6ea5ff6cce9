package nestling.ui.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a scene as a PNG under {@code nestling.screenshots} (target/screenshots in the build). */
public final class Screenshots {
    private Screenshots() {
    }

    public static Path save(Scene scene, String name) {
        String directory = System.getProperty("nestling.screenshots");
        if (directory == null) {
            return null;
        }
        WritableImage image = UiTesting.onFx(() -> scene.snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path file = Path.of(directory).resolve(name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(buffered, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new AssertionError("could not write screenshot " + name, e);
        }
    }
}
