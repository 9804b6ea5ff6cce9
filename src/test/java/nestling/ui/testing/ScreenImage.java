package nestling.ui.testing;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * A picture of what the user sees: a scene snapshot, optionally with a popup or dialog drawn over
 * it where it would appear, plus the measures the screenshot tests check (distinct colours, mean
 * luminance). Saved as a PNG under {@code nestling.screenshots} (target/screenshots in the build).
 */
public final class ScreenImage {
    private final BufferedImage image;

    private ScreenImage(BufferedImage image) {
        this.image = image;
    }

    /** Snapshots {@code scene} (taken on the FX thread). */
    public static ScreenImage of(Scene scene) {
        return new ScreenImage(toBuffered(UiTesting.onFx(() -> scene.snapshot(null))));
    }

    /** This picture with {@code scene} (a dialog) drawn over it, its top left corner at ({@code x}, {@code y}). */
    public ScreenImage with(Scene scene, int x, int y) {
        return with(toBuffered(UiTesting.onFx(() -> scene.snapshot(null))), x, y);
    }

    /**
     * This picture with {@code node} (a popup's content, shadow included, on a transparent ground)
     * drawn over it, its bounds' top left corner at ({@code x}, {@code y}).
     */
    public ScreenImage with(Node node, int x, int y) {
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return with(toBuffered(UiTesting.onFx(() -> node.snapshot(transparent, null))), x, y);
    }

    private ScreenImage with(BufferedImage over, int x, int y) {
        BufferedImage combined = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = combined.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
            // A dimmed backdrop, as a modal window makes the parent look inactive.
            g.setColor(new java.awt.Color(0, 0, 0, 60));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(over, x, y, null);
        } finally {
            g.dispose();
        }
        return new ScreenImage(combined);
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /**
     * How many different RGB colours the picture uses (a blank or failed render has one or two),
     * counting no further than {@code enough}.
     */
    public int distinctColours(int enough) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
                if (colours.size() >= enough) {
                    return enough;
                }
            }
        }
        return colours.size();
    }

    /** Mean relative luminance, 0 (black) to 1 (white), over every pixel. */
    public double meanLuminance() {
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                sum += (0.2126 * ((rgb >> 16) & 0xFF) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF)) / 255.0;
            }
        }
        return sum / ((double) image.getWidth() * image.getHeight());
    }

    /** Writes {@code name}.png into the screenshot folder (target/screenshots when run outside Maven). */
    public Path save(String name) {
        Path directory = Path.of(System.getProperty("nestling.screenshots", "target/screenshots"));
        try {
            Path file = directory.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new AssertionError("could not write screenshot " + name, e);
        }
    }

    private static BufferedImage toBuffered(WritableImage snapshot) {
        int width = (int) snapshot.getWidth();
        int height = (int) snapshot.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[width * height];
        PixelReader pixels = snapshot.getPixelReader();
        pixels.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        return buffered;
    }
}
