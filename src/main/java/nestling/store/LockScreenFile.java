package nestling.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nestling.vault.AtomicFileWriter;

/**
 * {@code nestling.lock-screen}: the one plaintext file beside the vault, so that the lock screen
 * (and {@code log --locked}) can log without the passphrase: what {@link LockScreenState} holds,
 * nothing else (SECURITY.md). Written after every save and at lock while the setting
 * {@value #SETTING} is not "off"; deleted when it is. While locked, the lock screen writes it too
 * (a timer it started or stopped), so a restart still shows the timers as they are.
 */
public final class LockScreenFile {
    public static final String NAME = "nestling.lock-screen";
    /** "off" turns logging while locked off: no lock-screen file (the default is on). */
    public static final String SETTING = "inbox.log_while_locked";

    private LockScreenFile() {
    }

    public static Path path(Path directory) {
        return directory.resolve(NAME);
    }

    public static boolean enabled(Database database) {
        return !"off".equals(database.read(c -> Settings.get(c, SETTING)).orElse("on"));
    }

    /** Turns the lock screen on or off in the vault's settings (the file follows at the next update). */
    public static void enable(Database database, boolean on) {
        database.write(c -> {
            Settings.put(c, SETTING, on ? "on" : "off");
            return null;
        });
    }

    /**
     * Brings the file in line with the vault: its state when the setting is on, no file when off.
     * Writers take turns (the class's monitor): the saver's after-save hook, locking and the lock
     * screen may write at the same moment, and they share one temp file name, so the second rename
     * found the temp file already gone (NoSuchFileException, seen in the packaged window's log).
     */
    public static synchronized void update(Path directory, Database database, java.time.Instant now) throws IOException {
        if (!enabled(database)) {
            Files.deleteIfExists(path(directory));
            return;
        }
        write(directory, database.read(c -> LockScreenState.of(c, now)));
    }

    /**
     * The file's content for {@code database} at {@code now}, made in memory and written nowhere
     * (the unlock rehearsal makes it once, so the unlock's own update runs compiled).
     */
    public static byte[] contentFor(Database database, java.time.Instant now) {
        return database.read(c -> LockScreenState.of(c, now)).toJson();
    }

    /** Writes {@code state} whole (atomically), unless the file holds exactly that already. */
    public static synchronized void write(Path directory, LockScreenState state) throws IOException {
        byte[] content = state.toJson();
        try {
            if (Arrays.equals(Files.readAllBytes(path(directory)), content)) {
                return;
            }
        } catch (NoSuchFileException none) {
            // written below
        }
        AtomicFileWriter.writeAtomically(path(directory), content, AtomicFileWriter.Faults.NONE);
    }

    /** The babies the file names; empty when there is no file (logging while locked is off, or never unlocked). */
    public static List<LockScreenState.LockedBaby> read(Path directory) throws IOException {
        return readState(directory).map(LockScreenState::babies).orElse(List.of());
    }

    /** What the lock screen shows; empty when there is no file (logging while locked is off, or never unlocked). */
    public static Optional<LockScreenState> readState(Path directory) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path(directory));
        } catch (NoSuchFileException none) {
            return Optional.empty();
        }
        try {
            return Optional.of(LockScreenState.fromJson(bytes));
        } catch (RuntimeException e) {
            throw new IOException(NAME + " is damaged (" + e.getClass().getSimpleName() + "); unlock once to write it again");
        }
    }
}
