package nestling.backup.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nestling.backup.BackupException;
import nestling.backup.BackupKeys;
import nestling.backup.ConflictChoices;
import nestling.backup.Family;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.ui.testing.MutableClock;
import nestling.vault.SealedFile;
import nestling.vault.VaultOptions;

/** One family laptop for the sync tests: a real vault in a folder (cheap KDF), the app's journal, a shared clock. */
final class SyncLaptop implements AutoCloseable {
    static final char[] FAMILY = "family stick phrase".toCharArray();

    final String name;
    final VaultSession session;
    final Journal journal;
    final VaultOptions options;

    SyncLaptop(String name, Path home, MutableClock clock) throws Exception {
        this.name = name;
        this.options = VaultOptions.defaults().withFastKdfForTests().withClock(clock);
        this.session = VaultSession.create(home.resolve(name), ("pass of " + name).toCharArray(), options);
        this.journal = Journal.of(session.database(), clock);
    }

    UUID addBaby(String babyName) {
        return journal.family().addBaby(babyName, Instant.parse("2026-09-01T04:00:00Z"), ZoneOffset.UTC, Sex.FEMALE, null)
                .meta().id();
    }

    UUID bottle(UUID baby, Instant at, int ml) {
        return journal.entries().log(baby, at, null, new EntryData.Bottle(null, ml, null)).id();
    }

    void editBottle(UUID id, int ml) {
        Entry entry = journal.entries().find(id).orElseThrow();
        journal.entries().edit(new Entry(entry.meta(), entry.babyId(), entry.start(), entry.end(), entry.offset(),
                new EntryData.Bottle(null, ml, null)));
    }

    int ml(UUID id) {
        return ((EntryData.Bottle) journal.entries().find(id).orElseThrow().data()).ml();
    }

    StickSync.Plan prepare(Path stick) throws BackupException {
        return StickSync.prepare(session.database(), stick, new BackupKeys(null, FAMILY.clone()));
    }

    /** A whole sync, newest wins. */
    StickSync.Result sync(Path stick) throws Exception {
        return sync(stick, ConflictChoices.NEWEST, options);
    }

    StickSync.Result sync(Path stick, ConflictChoices choices, VaultOptions writeOptions) throws Exception {
        try (StickSync.Plan plan = prepare(stick); SealedFile.Key key = SealedFile.newKey(FAMILY, options)) {
            return plan.apply(session, choices, key, writeOptions);
        } finally {
            // a parent's next change comes a moment after the sync, not within its millisecond
            ((MutableClock) options.clock()).advance(java.time.Duration.ofSeconds(1));
        }
    }

    /** The records (every synced table, tombstones included), without the laptop's own settings. */
    String records() {
        String all = Family.content(session.database());
        return all.substring(0, all.lastIndexOf("\"settings\":"));
    }

    @Override
    public void close() {
        session.close();
    }
}
