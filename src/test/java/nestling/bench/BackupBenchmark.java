package nestling.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import nestling.backup.BackupExporter;
import nestling.backup.BackupFiles;
import nestling.backup.BackupKeys;
import nestling.backup.BackupMerger;
import nestling.backup.BackupRestorer;
import nestling.backup.BackupSummary;
import nestling.backup.Family;
import nestling.backup.StagedBackup;
import nestling.store.Database;
import nestling.vault.SealedFile;
import nestling.vault.VaultOptions;

/**
 * Backups at family scale: export (stream JSON, seal, write, force, read back and verify), verify
 * alone (decrypt, parse, check into a staging database, summarise), restore into an empty vault and
 * merge of the same file (every record compared). Argon2id is kept out (the KDF benchmark covers
 * it), and so are the safety copy written before a restore or merge (an export of the vault as it
 * is: the export column's cost for a vault of that size) and the vault save after it (the vault
 * benchmark covers saving).
 */
final class BackupBenchmark implements Benchmark {
    @Override
    public String name() {
        return "backup";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        VaultOptions options = VaultOptions.defaults().withFastKdfForTests();
        char[] passphrase = "a benchmark passphrase".toCharArray();
        ResultTable table = new ResultTable("Backup export, verify, restore and merge (sealed .nestling)",
                "entries", "file MB", "export ms", "verify-backup ms", "restore ms", "merge ms");
        for (int size : context.sizes().stream().sorted().toList()) { // smallest first: it warms the JIT
            Database source = Database.createEmpty();
            Family.fill(source, size, size);
            Path folder = Files.createDirectories(context.scratch().resolve("size-" + size));
            try (SealedFile.Key key = SealedFile.newKey(passphrase, options)) {
                long t0 = System.nanoTime();
                BackupExporter.Result result = BackupExporter.export(source, folder, key, options);
                long t1 = System.nanoTime();
                try (StagedBackup staged = BackupFiles.stage(result.file(), new BackupKeys(key, null))) {
                    BackupSummary.of(staged); // what verify-backup prints and the window shows before asking
                    long t2 = System.nanoTime();
                    Database target = Database.createEmpty();
                    long t3 = System.nanoTime();
                    try (StagedBackup again = BackupFiles.stage(result.file(), new BackupKeys(key, null))) {
                        BackupRestorer.replace(target, again);
                    }
                    long t4 = System.nanoTime();
                    try (StagedBackup again = BackupFiles.stage(result.file(), new BackupKeys(key, null))) {
                        BackupMerger.merge(target, again);
                    }
                    long t5 = System.nanoTime();
                    table.row(size, result.bytes() / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6);
                    target.close();
                }
            }
            source.close();
        }
        return table.note("Budget (issue 7): export and import of 200k entries each <= 3 s, verification <= 2 s."
                + " Export includes sealing, fsync and the read-back check; verify-backup, restore and merge each read,"
                + " decrypt and load the whole file into a staging database first; verify-backup also summarises it."
                + " Not included: the safety copy before a restore or merge (an export of the vault as it is) and the"
                + " vault save after it. The first size warms the JIT.");
    }
}
