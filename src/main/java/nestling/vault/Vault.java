package nestling.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import nestling.util.OrdinaryFile;

/**
 * An unlocked vault: the master key, the lock on the directory and the generation of the file on
 * disk. Saving seals a database image under a fresh file seed and replaces the file atomically;
 * {@link #close()} wipes the key and releases the lock. Not thread-safe by itself beyond
 * {@code synchronized} saves: the store's saver is its only writer.
 */
public final class Vault implements AutoCloseable {
    private final Path directory;
    private VaultLock lock;
    private final Snapshots snapshots;
    private final AtomicFileWriter writer;
    private final SecureRandom random;
    private MasterKey master;
    private KdfParameters kdf;
    private long generation;
    private boolean mainFileDamaged;
    /** The vault file as this process opened or last wrote it: a save replaces only that file. */
    private FileHead onDisk;
    /** Opened from a folder that cannot be written: every save is refused, nothing is written at all. */
    private boolean readOnly;

    private Vault(Path directory, VaultLock lock, MasterKey master, KdfParameters kdf, long generation,
            FileHead onDisk, VaultOptions options) {
        this.directory = directory;
        this.lock = lock;
        this.master = master;
        this.kdf = kdf;
        this.generation = generation;
        this.onDisk = onDisk;
        this.snapshots = directory == null ? null : new Snapshots(directory, options.clock());
        this.writer = new AtomicFileWriter(options.faults());
        this.random = options.random();
    }

    /** An unlocked vault and the database image it held. */
    public record Opened(Vault vault, byte[] image) {
    }

    public static Path vaultFile(Path directory) {
        return directory.resolve(VaultLocation.VAULT_FILE);
    }

    /** A save's temp file, or between saves an old snapshot kept back for the next save to write over. */
    public static Path tempFile(Path directory) {
        return AtomicFileWriter.tempFor(vaultFile(directory));
    }

    public static boolean exists(Path directory) {
        return Files.exists(vaultFile(directory));
    }

    /** Creates a new vault holding {@code initialImage}; fails if one exists. */
    public static Vault create(Path directory, char[] passphrase, byte[] initialImage, VaultOptions options)
            throws VaultException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new VaultException(VaultProblem.IO_ERROR, e);
        }
        PrivateFolder.restrict(directory);
        VaultLock lock = VaultLock.acquire(directory);
        try {
            if (exists(directory)) {
                throw new VaultException(VaultProblem.ALREADY_EXISTS);
            }
            KdfParameters kdf = options.kdf(options.random());
            Vault vault = new Vault(directory, lock, Argon2Kdf.derive(passphrase, kdf), kdf, 0, FileHead.MISSING,
                    options);
            vault.save(initialImage);
            return vault;
        } catch (VaultException | RuntimeException e) {
            lock.close();
            throw e;
        } catch (IOException e) {
            lock.close();
            throw new VaultException(VaultProblem.IO_ERROR, e);
        }
    }

    /**
     * A vault that is no folder at all: no file, no lock, no key. It holds a copy opened to be
     * looked at (a backup read into memory): read-only as a vault in a folder that cannot be
     * written, so every save is refused and nothing is ever written anywhere.
     */
    public static Vault detached(VaultOptions options) {
        Vault vault = new Vault(null, VaultLock.none(), null, null, 0, FileHead.MISSING, options);
        vault.readOnly = true;
        return vault;
    }

    /** Unlocks the vault in {@code directory}. */
    public static Opened open(Path directory, char[] passphrase, VaultOptions options) throws VaultException {
        return openFile(directory, vaultFile(directory), passphrase, options, false);
    }

    /**
     * Unlocks a snapshot when the main file is damaged. The damaged main file is moved into
     * snapshots/ (kept, never deleted) by the first save, which writes the snapshot's content as
     * the new main file.
     */
    public static Opened openSnapshot(Path directory, Snapshot snapshot, char[] passphrase, VaultOptions options)
            throws VaultException {
        return openFile(directory, snapshot.file(), passphrase, options, true);
    }

    private static Opened openFile(Path directory, Path file, char[] passphrase, VaultOptions options,
            boolean fromSnapshot) throws VaultException {
        // Reading needs no write: in a folder that cannot be written the lock is shared (or none) and
        // nothing is created, deleted or pruned.
        boolean readOnly = !options.folderWritable().test(directoryOrFail(directory));
        VaultLock lock = readOnly ? VaultLock.shared(directory) : VaultLock.acquire(directory);
        try {
            byte[] bytes = readAll(file);
            VaultHeader header = VaultCodec.inspect(bytes);
            MasterKey master = Argon2Kdf.derive(passphrase, header.kdf(), options.kdfMemory());
            byte[] image;
            try {
                image = VaultCodec.open(bytes, header, master);
            } catch (VaultException e) {
                master.close();
                throw e;
            }
            if (!readOnly) {
                Files.deleteIfExists(tempFile(directory));
                // Folders made by earlier versions, or by hand, were readable by every account.
                PrivateFolder.restrict(directory);
            }
            FileHead onDisk = fromSnapshot ? FileHead.read(vaultFile(directory)) : FileHead.of(bytes);
            Vault vault = new Vault(directory, lock, master, header.kdf(), header.generation(), onDisk, options);
            vault.mainFileDamaged = fromSnapshot;
            vault.readOnly = readOnly;
            return new Opened(vault, image);
        } catch (VaultException | RuntimeException e) {
            lock.close();
            throw e;
        } catch (IOException e) {
            lock.close();
            throw new VaultException(VaultProblem.IO_ERROR, e);
        }
    }

    /** Checks a vault file without a passphrase: the damage a parent can be told about up front. */
    public static void inspect(Path file) throws VaultException {
        VaultCodec.inspect(readAll(file));
    }

    private static Path directoryOrFail(Path directory) throws VaultException {
        if (!exists(directory)) {
            throw new VaultException(VaultProblem.NOT_FOUND);
        }
        return directory;
    }

    /**
     * The file's bytes, once it has shown itself an ordinary file whose length is the one its header
     * declares: a pipe, a device, or a file longer or shorter than its header says costs one read of
     * its first bytes, never a read of gigabytes (or forever).
     */
    private static byte[] readAll(Path file) throws VaultException {
        try {
            OrdinaryFile ordinary = OrdinaryFile.of(file);
            VaultCodec.inspect(ordinary.head(VaultHeader.MAX_HEADER_LENGTH), ordinary.size());
            return ordinary.readAll();
        } catch (OrdinaryFile.NotOrdinaryException e) {
            throw new VaultException(VaultProblem.NOT_A_FILE);
        } catch (NoSuchFileException e) {
            throw new VaultException(VaultProblem.NOT_FOUND);
        } catch (IOException e) {
            throw new VaultException(VaultProblem.IO_ERROR, e);
        }
    }

    /**
     * Seals {@code image} and replaces the vault file with it. On failure the previous file is
     * untouched and the generation is not advanced, so the next save simply tries again.
     */
    public synchronized void save(byte[] image) throws IOException {
        if (readOnly) {
            throw new ReadOnlyVaultException();
        }
        long next = generation + 1;
        Path file = vaultFile(directory);
        // Checked before the temp file is written too: a process that lost the lock must not write
        // into the temp file the new holder may be about to rename.
        ensureSoleWriter(file);
        // Sealed while written: the temp file receives header and chunks batch by batch.
        VaultCodec.Sealed sealed = VaultCodec.prepare(image, master(), kdf, next, random);
        FileHead written = new FileHead(sealed.headerBytes().clone(), sealed.length());
        try {
            writer.replace(file, sealed::writeTo, () -> {
                ensureSoleWriter(file);
                if (mainFileDamaged) {
                    snapshots.setAsideDamaged(file);
                } else {
                    snapshots.keep(file, generation);
                }
            });
        } catch (AtomicFileWriter.ReplacedButNotDurable e) {
            // the new file is in place: its generation is used, the caller saves again to be sure
            generation = next;
            mainFileDamaged = false;
            onDisk = written;
            throw e;
        }
        generation = next;
        mainFileDamaged = false;
        onDisk = written;
    }

    /**
     * One writer always: the lock must still guard {@code nestling.lock} (taken again if the file
     * was deleted or renamed and no one else holds the new one), and the vault file must still be
     * the one this process opened or last wrote. Otherwise another Nestling has or had the vault
     * open, and this save would replace data it never loaded.
     */
    private void ensureSoleWriter(Path file) throws IOException {
        if (!lock.guardsPath()) {
            VaultLock again;
            try {
                again = VaultLock.acquire(directory);
            } catch (VaultException e) {
                if (e.problem() == VaultProblem.IN_USE) {
                    throw new AnotherWriterException();
                }
                throw new IOException("the lock file could not be taken again", e.getCause());
            }
            lock.close();
            lock = again;
        }
        if (!FileHead.read(file).sameAs(onDisk)) {
            throw new AnotherWriterException();
        }
    }

    /**
     * Deletes the snapshots {@link SnapshotPolicy} no longer keeps, keeping one back as the next
     * save's temp file. Separate from {@link #save} because it is housekeeping, not durability:
     * unlinking the last link of a tens-of-MB file costs the filesystem several ms, which the caller
     * spends after it has told the parent "Saved".
     */
    public synchronized void pruneSnapshots() {
        if (readOnly || !lock.guardsPath()) {
            return; // not this process's folder to tidy until a save has taken the lock again
        }
        try {
            // a pruned snapshot becomes the next save's temp file (see Snapshots#prune)
            snapshots.prune(tempFile(directory));
        } catch (IOException ignored) {
            // an old snapshot left over is harmless; the next prune tries again
        }
    }

    /**
     * Re-keys the vault under a new passphrase (new salt, new master key) and saves {@code image}
     * under it at once. If the save fails the old passphrase stays in force.
     */
    public synchronized void changePassphrase(char[] newPassphrase, byte[] image, VaultOptions options)
            throws IOException {
        KdfParameters oldKdf = kdf;
        MasterKey oldMaster = master();
        KdfParameters newKdf = options.kdf(random);
        MasterKey newMaster = Argon2Kdf.derive(newPassphrase, newKdf);
        kdf = newKdf;
        master = newMaster;
        try {
            save(image);
            oldMaster.close();
        } catch (IOException | RuntimeException e) {
            kdf = oldKdf;
            master = oldMaster;
            newMaster.close();
            throw e;
        }
    }

    /** Derives a key from {@code passphrase} with this vault's settings and compares it in constant time. */
    public boolean isCurrentPassphrase(char[] passphrase) {
        KdfParameters current;
        MasterKey key;
        synchronized (this) {
            current = kdf;
            key = master();
        }
        try (MasterKey candidate = Argon2Kdf.derive(passphrase, current)) {
            return java.security.MessageDigest.isEqual(candidate.bytes(), key.bytes());
        }
    }

    /**
     * The vault's current key for sealing a backup under the same passphrase (no extra Argon2id run).
     * Borrowed: closing it does nothing; it stops working when the vault locks.
     */
    public synchronized SealedFile.Key currentKey() {
        return SealedFile.Key.borrowed(master(), kdf);
    }

    private MasterKey master() {
        if (master == null || master.isDestroyed()) {
            throw new IllegalStateException("the vault is locked");
        }
        return master;
    }

    public synchronized long generation() {
        return generation;
    }

    public Path directory() {
        return directory;
    }

    /** True when the folder could not be written at unlock: the vault reads, every save is refused. */
    public synchronized boolean readOnly() {
        return readOnly;
    }

    public KdfParameters kdfParameters() {
        return kdf;
    }

    /** Wipes the key and releases the directory lock. */
    @Override
    public synchronized void close() {
        if (master != null) {
            master.close();
        }
        lock.close();
    }

    /** Zeroes a plaintext buffer once it is no longer needed. */
    public static void wipe(byte[] plaintext) {
        if (plaintext != null) {
            Arrays.fill(plaintext, (byte) 0);
        }
    }
}
