package nestling.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * A file read as a hostile or unlucky world may hand it over. Only an ordinary file (after
 * following links) is ever opened: opening a pipe blocks until someone writes to it, and a device
 * such as {@code /dev/zero} never ends. Its size is known before the first byte is read and no more
 * than that size is read, so a caller can compare the size with what the content claims (or with a
 * cap) first and refuse in milliseconds.
 */
public final class OrdinaryFile {
    /** Java's largest array, with the margin the JDK itself keeps. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private final Path path;
    private final long size;

    private OrdinaryFile(Path path, long size) {
        this.path = path;
        this.size = size;
    }

    /** Thrown for a pipe, a device, a folder or a link to one; nothing was opened. */
    public static final class NotOrdinaryException extends IOException {
        private static final long serialVersionUID = 1L;

        NotOrdinaryException(Path path) {
            super("not an ordinary file: " + path.getFileName());
        }
    }

    /**
     * Looks at {@code path} without opening it.
     *
     * @throws NotOrdinaryException for anything but an ordinary file
     * @throws java.nio.file.NoSuchFileException when there is nothing there
     */
    public static OrdinaryFile of(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class); // follows links
        if (!attributes.isRegularFile()) {
            throw new NotOrdinaryException(path);
        }
        return new OrdinaryFile(path, attributes.size());
    }

    /** The size the file had when it was looked at. */
    public long size() {
        return size;
    }

    /** Its first {@code limit} bytes, fewer when it is shorter. */
    public byte[] head(int limit) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes((int) Math.min(limit, size));
        }
    }

    /**
     * The whole file, read into one array of its size: never more than {@link #size()} bytes (a file
     * that grew since is cut there), fewer when it shrank. The caller has checked that the size is
     * one it wants to hold in memory.
     */
    public byte[] readAll() throws IOException {
        if (size > LARGEST_ARRAY) {
            throw new IOException("too large to read at once: " + size + " bytes");
        }
        byte[] bytes = new byte[(int) size];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // a read may return fewer bytes than asked for; go on until full or the end
            }
        }
        return buffer.hasRemaining() ? Arrays.copyOf(bytes, buffer.position()) : bytes;
    }
}
