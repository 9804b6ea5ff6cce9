package nestling.vault;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import nestling.util.OrdinaryFile;

/**
 * The vault file as this process last saw it: its first bytes (the header, which holds the
 * generation and a file seed drawn afresh by every save) and its length; {@code null} bytes for no
 * file. A save compares it with the file on disk before replacing it, so a file another process
 * wrote is never overwritten (a compare-and-swap on the header). The content, not the inode, is
 * compared: a sync tool that copies the same file back changes the inode but not the header.
 */
record FileHead(byte[] bytes, long length) {
    static final FileHead MISSING = new FileHead(null, -1);
    static final FileHead NOT_ORDINARY = new FileHead(new byte[0], -2);

    static FileHead of(byte[] file) {
        return new FileHead(Arrays.copyOf(file, Math.min(file.length, VaultHeader.LENGTH)), file.length);
    }

    static FileHead read(Path file) throws IOException {
        try {
            OrdinaryFile ordinary = OrdinaryFile.of(file);
            return new FileHead(ordinary.head(VaultHeader.LENGTH), ordinary.size());
        } catch (OrdinaryFile.NotOrdinaryException e) {
            return NOT_ORDINARY; // a pipe in its place would block the read; a save sets it aside like damage
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    boolean sameAs(FileHead other) {
        return length == other.length && Arrays.equals(bytes, other.bytes);
    }
}
