package nestling.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryRules;
import nestling.domain.LocalDays;
import nestling.domain.Meta;
import nestling.domain.Problems;
import nestling.domain.Reason;
import nestling.store.BabyRepository;
import nestling.store.Database;
import nestling.store.EntryKeys;
import nestling.store.EntryListing;
import nestling.store.EntryQuery;
import nestling.store.EntrySelection;
import nestling.store.EntryRepository;
import nestling.store.RememberedNames;

/**
 * Logging, editing and deleting entries, each checked by {@link EntryRules} inside the transaction
 * that saves it (so two quick clicks cannot both pass the overlap check), and each undoable. Delete
 * writes a tombstone: the row stays so a merge with another laptop learns about the deletion.
 */
public final class EntryLog {
    private final Database database;
    private final Clock clock;
    private final UndoHistory history = new UndoHistory();

    public EntryLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Logs an entry recorded by the current caregiver; the offset is the clock zone's at {@code start}. */
    public Entry log(UUID babyId, Instant start, Instant end, EntryData data) {
        return log(babyId, start, end, data, null);
    }

    /** As {@link #log(UUID, Instant, Instant, EntryData)}, recorded by {@code by} (null: the current caregiver). */
    public Entry log(UUID babyId, Instant start, Instant end, EntryData data, UUID by) {
        return log(babyId, start, end, data, by, null);
    }

    /**
     * As {@link #log(UUID, Instant, Instant, EntryData, UUID)}, kept with {@code offset}, the wall
     * clock's where it happened (a time typed with its offset); null: the clock zone's at {@code start}.
     */
    public Entry log(UUID babyId, Instant start, Instant end, EntryData data, UUID by, ZoneOffset offset) {
        Instant now = clock.instant();
        ZoneOffset kept = offset != null ? offset : offsetAt(start);
        Entry entry = database.write(c -> insert(c, babyId, start, end, kept, data, by, now));
        history.record(new UndoHistory.Step(null, entry));
        return entry;
    }

    /** The insert step, for use cases that log inside a larger transaction (stopping a timer). */
    Entry insert(Connection c, UUID babyId, Instant start, Instant end, ZoneOffset offset, EntryData data, UUID by,
            Instant now) throws SQLException {
        return insert(c, UUID.randomUUID(), babyId, start, end, offset, data, by, now);
    }

    /** As above with the entry's id given (a locked log or timer stop being merged keeps its own). */
    Entry insert(Connection c, UUID id, UUID babyId, Instant start, Instant end, ZoneOffset offset, EntryData data,
            UUID by, Instant now) throws SQLException {
        UUID creator = by != null ? by : Family.currentCaregiverId(c);
        Entry entry = new Entry(new Meta(id, now, now, creator, false), babyId, start, end, offset, data);
        check(c, entry, now);
        EntryRepository.save(c, entry);
        remember(c, entry, now);
        return entry;
    }

    /**
     * Logs an entry made while the vault was locked, with the id and creation time it was given
     * then; checked like any other. Returns false, changing nothing, when that id is already in the
     * journal (the record was merged before): what makes a merge exactly once.
     */
    public boolean logMerged(Entry entry) {
        return database.write(c -> logMerged(c, entry));
    }

    /** As {@link #logMerged(Entry)} inside the caller's transaction; a refusal throws before anything is written. */
    boolean logMerged(Connection c, Entry entry) throws SQLException {
        Instant now = clock.instant();
        {
            if (EntryRepository.find(c, entry.id()).isPresent()) {
                return false;
            }
            UUID creator = entry.meta().createdBy() != null ? entry.meta().createdBy() : Family.currentCaregiverId(c);
            Entry kept = entry.withMeta(new Meta(entry.id(), entry.meta().createdAt(), entry.meta().createdAt(), creator,
                    false));
            check(c, kept, now);
            EntryRepository.save(c, kept);
            remember(c, kept, now);
            return true;
        }
    }

    void recordLogged(Entry entry) {
        history.record(new UndoHistory.Step(null, entry));
    }

    /**
     * The problems an entry would have if it were logged now (or, with {@code replacing}, saved in
     * place of that entry), without saving anything: for live checks while a form is filled in.
     */
    public Problems problems(UUID babyId, Instant start, Instant end, EntryData data, UUID replacing) {
        Instant now = clock.instant();
        Meta meta = replacing == null ? Meta.fresh(now, null) : new Meta(replacing, now, now, null, false);
        Entry candidate = new Entry(meta, babyId, start, end, offsetAt(start), data);
        return database.read(c -> problemsOf(c, candidate, now));
    }

    /** Saves new times or fields of an existing live entry; who created it and when stays. */
    public Entry edit(Entry changed) {
        Instant now = clock.instant();
        UndoHistory.Step step = database.write(c -> {
            Entry before = live(c, changed.id());
            Entry after = new Entry(before.meta().touched(now), before.babyId(), changed.start(), changed.end(),
                    changed.offset(), changed.data());
            check(c, after, now);
            EntryRepository.save(c, after);
            remember(c, after, now);
            return new UndoHistory.Step(before, after);
        });
        history.record(step);
        return step.after();
    }

    public void delete(UUID entryId) {
        Instant now = clock.instant();
        UndoHistory.Step step = database.write(c -> {
            Entry before = live(c, entryId);
            Entry after = before.withMeta(before.meta().withDeleted(true, now));
            EntryRepository.save(c, after);
            return new UndoHistory.Step(before, after);
        });
        history.record(step);
    }

    public boolean canUndo() {
        return history.undoSize() > 0;
    }

    public boolean canRedo() {
        return history.redoSize() > 0;
    }

    /**
     * Undoes the newest step: a logged entry is tombstoned, an edit is reverted, a deletion is
     * revived. The restored row gets a fresh {@code updated_at}, so a merge sees the undo as the
     * latest change. A restored entry is checked again (another window may have logged an
     * overlapping sleep meanwhile); if refused, the step stays in the history. Returns the entry as
     * it is now, or empty when there is nothing to undo.
     */
    public Optional<Entry> undo() {
        Optional<UndoHistory.Step> step = history.peekUndo();
        if (step.isEmpty()) {
            return Optional.empty();
        }
        Entry restored = apply(step.get().before(), step.get().after());
        history.undone();
        return Optional.of(restored);
    }

    /**
     * Whether the newest step to undo is the one that wrote entry {@code entryId}: a "logged" bar
     * offers to undo exactly that, and must not take back something else once Ctrl+Z (or another
     * screen) has undone it already. Memory only: no database work.
     */
    public boolean isNewest(UUID entryId) {
        return history.peekUndo().map(step -> (step.after() != null ? step.after() : step.before()).meta().id().equals(entryId))
                .orElse(false);
    }

    /** {@link #undo} if its newest step is the one that wrote {@code entryId}; else nothing (empty). */
    public Optional<Entry> undoIfNewest(UUID entryId) {
        return isNewest(entryId) ? undo() : Optional.empty();
    }

    /** Redoes the step undone last. */
    public Optional<Entry> redo() {
        Optional<UndoHistory.Step> step = history.peekRedo();
        if (step.isEmpty()) {
            return Optional.empty();
        }
        Entry restored = apply(step.get().after(), step.get().before());
        history.redone();
        return Optional.of(restored);
    }

    /** Writes {@code target} (or, if null, a tombstone of {@code other}) with the current time. */
    private Entry apply(Entry target, Entry other) {
        Instant now = clock.instant();
        Entry row = target != null ? target.withMeta(withUpdated(target.meta(), now))
                : other.withMeta(other.meta().withDeleted(true, now));
        database.write(c -> {
            if (!row.meta().deleted()) {
                problemsOf(c, row, now).throwIfAny();
            }
            EntryRepository.save(c, row);
            return null;
        });
        return row;
    }

    private static Meta withUpdated(Meta meta, Instant now) {
        return new Meta(meta.id(), meta.createdAt(), now, meta.createdBy(), meta.deleted());
    }

    public Optional<Entry> find(UUID entryId) {
        return database.read(c -> EntryRepository.find(c, entryId)).filter(e -> !e.meta().deleted());
    }

    public List<Entry> list(EntryQuery query) {
        return database.read(c -> EntryRepository.list(c, query));
    }

    /** How many live entries the selection matches. */
    public int count(EntrySelection selection) {
        return database.read(c -> EntryListing.count(c, selection));
    }

    /** The selection's entries at positions [offset, offset + limit), newest first. */
    public List<Entry> page(EntrySelection selection, int offset, int limit) {
        return database.read(c -> EntryListing.page(c, selection, offset, limit));
    }

    /** Up to {@code limit} live entries after {@code last} (null: from the newest), newest first. */
    public List<Entry> after(Entry last, int limit) {
        return database.read(c -> EntryListing.after(c, last, limit));
    }

    /** The keys of every live entry the selection matches, newest first: a listing's compact index. */
    public EntryKeys keys(EntrySelection selection) {
        return database.read(c -> EntryListing.keys(c, selection));
    }

    /** The live entries with these ids, by id (deleted or unknown ids are missing). */
    public java.util.Map<UUID, Entry> byIds(java.util.Collection<UUID> ids) {
        return database.read(c -> EntryListing.entries(c, ids));
    }

    /** The entries of one baby that touch a local day (a sleep from the evening before included). */
    public List<Entry> day(UUID babyId, LocalDate day, ZoneId zone) {
        return list(EntryQuery.of(babyId, LocalDays.start(day, zone), LocalDays.end(day, zone)));
    }

    public List<String> suggestions(String kind, String prefix) {
        return database.read(c -> RememberedNames.suggest(c, kind, prefix, 10));
    }

    private ZoneOffset offsetAt(Instant instant) {
        return clock.getZone().getRules().getOffset(instant);
    }

    private static Entry live(Connection c, UUID id) throws SQLException {
        return EntryRepository.find(c, id).filter(e -> !e.meta().deleted())
                .orElseThrow(() -> new NotFoundException("That entry no longer exists."));
    }

    private static void check(Connection c, Entry entry, Instant now) throws SQLException {
        problemsOf(c, entry, now).throwIfAny();
    }

    private static Problems problemsOf(Connection c, Entry entry, Instant now) throws SQLException {
        Problems problems;
        if (BabyRepository.find(c, entry.babyId()).filter(b -> !b.meta().deleted()).isEmpty()) {
            problems = new Problems().add("baby", Reason.BABY_UNKNOWN);
        } else {
            Instant end = entry.endOrStart();
            problems = EntryRules.check(entry, now, EntryRepository.around(c, entry.babyId(), entry.start(),
                    end.isBefore(entry.start()) ? entry.start() : end));
        }
        return problems;
    }

    static void remember(Connection c, Entry entry, Instant now) throws SQLException {
        UUID by = entry.meta().createdBy();
        if (entry.data() instanceof EntryData.Medicine medicine && medicine.name() != null) {
            RememberedNames.remember(c, RememberedNames.MEDICINE, medicine.name(), now, by);
        } else if (entry.data() instanceof EntryData.Solids solids) {
            for (String food : solids.foods()) {
                if (food != null) {
                    RememberedNames.remember(c, RememberedNames.FOOD, food, now, by);
                }
            }
        }
    }
}
