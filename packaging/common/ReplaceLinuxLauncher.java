import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Run by the installer build (java ReplaceLinuxLauncher.java OS APP_IMAGE JVM_OPTIONS TEMPLATE MODULE/CLASS
 * NATIVE_DIR) between the app image and the installers. On Linux it swaps jpackage's native
 * launcher (bin/Nestling) for the shell script packaging/linux/launcher/Nestling: the native one
 * asks rpm and dpkg which package owns it at every start, which cost 0.3 s of a 0.6 s --version
 * (issue 20). The script starts the image's own java with the same options (jvm.options, copied to
 * lib/app/) and module, and points sqlite-jdbc at its native library, copied from NATIVE_DIR into the
 * runtime's lib/ (the build left it out of the jar on Linux). On other systems the launchers ask nothing of the sort; they stay.
 */
public final class ReplaceLinuxLauncher {
    public static void main(String[] args) throws IOException {
        if (!args[0].equals("linux")) {
            return;
        }
        Path image = Path.of(args[1]);
        Path launcher = image.resolve("bin/Nestling");
        Path java = image.resolve("lib/runtime/bin/java");
        if (!Files.isExecutable(launcher) || !Files.isExecutable(java)) {
            throw new IllegalStateException("expected bin/Nestling and lib/runtime/bin/java in " + image);
        }
        String script = Files.readString(Path.of(args[3])).replace("@MAIN_MODULE_AND_CLASS@", args[4]);
        if (!script.contains("--module " + args[4] + " ")) {
            throw new IllegalStateException(args[3] + " lacks the placeholder @MAIN_MODULE_AND_CLASS@");
        }
        Files.copy(Path.of(args[2]), image.resolve("lib/app/jvm.options"), StandardCopyOption.REPLACE_EXISTING);
        Path nativeLibrary = Path.of(args[5], "libsqlitejdbc.so");
        if (!script.contains("org.sqlite.lib.name=" + nativeLibrary.getFileName())) {
            throw new IllegalStateException(args[3] + " does not name " + nativeLibrary.getFileName());
        }
        Files.copy(nativeLibrary, image.resolve("lib/runtime/lib").resolve(nativeLibrary.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(launcher, script);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        // The native launcher's library and its configuration are read by nothing now.
        Files.delete(image.resolve("lib/libapplauncher.so"));
        Files.delete(image.resolve("lib/app/Nestling.cfg"));
        System.out.println("bin/Nestling is now " + args[3]);
    }
}
