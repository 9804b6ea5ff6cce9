package nestling.ui.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import nestling.ui.common.BackgroundTasks;

/**
 * Writes a chart as a PNG: the snapshot and its pixels are taken on the FX thread, the encoding
 * and the file write run in the background (java.desktop's ImageIO; javafx.swing is not needed).
 */
public final class ChartPng {
    /** The pixels of a snapshot, copied so the background thread never touches the FX image. */
    public record Pixels(int width, int height, int[] argb) {
        public BufferedImage toImage() {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            image.setRGB(0, 0, width, height, argb, 0, width);
            return image;
        }
    }

    private ChartPng() {
    }

    /** Snapshot of {@code node} as it is drawn now (FX thread). */
    public static Pixels capture(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        WritableImage image = node.snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return new Pixels(width, height, argb);
    }

    /** Encodes and writes the pixels (any thread; slow, so not the FX thread). */
    public static Path write(Pixels pixels, Path file) throws IOException {
        Path target = file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? file
                : file.resolveSibling(file.getFileName() + ".png");
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".chart", ".tmp");
        try {
            if (!ImageIO.write(pixels.toImage(), "png", temporary.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }

    /** Captures now, writes in the background, reports on the FX thread. */
    public static void export(Node node, Path file, BackgroundTasks tasks, java.util.function.Consumer<Path> done,
            java.util.function.Consumer<Throwable> failed) {
        Pixels pixels = capture(node);
        tasks.run(() -> write(pixels, file), done, failed);
    }
}
