package nestling.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A copy of a jar without its signature files, as the build makes BouncyCastle's for the image (pom.xml). */
final class UnsignedJar {
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    private UnsignedJar() {
    }

    static void copy(Path signed, Path unsigned) throws IOException {
        try (InputStream raw = Files.newInputStream(signed); ZipInputStream in = new ZipInputStream(raw);
                OutputStream target = Files.newOutputStream(unsigned); ZipOutputStream out = new ZipOutputStream(target)) {
            out.setLevel(0); // a throwaway copy: no time spent compressing
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!SIGNATURE.matcher(entry.getName()).matches()) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }
}
