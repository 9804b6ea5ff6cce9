package nestling.journal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nestling.domain.ActivityType;
import nestling.domain.Baby;
import nestling.domain.Caregiver;
import nestling.domain.GestationalAge;
import nestling.domain.Meta;
import nestling.domain.Problems;
import nestling.domain.Reason;
import nestling.domain.Sex;
import nestling.store.ActivityTypeRepository;
import nestling.store.BabyRepository;
import nestling.store.CaregiverRepository;
import nestling.store.Database;
import nestling.store.Settings;

/** The people of a vault: babies, caregivers (and who is logging now), and user-defined activities. */
public final class Family {
    private final Database database;
    private final Clock clock;

    public Family(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Baby addBaby(String name, Instant birthAt, ZoneOffset birthOffset, Sex sex, GestationalAge gestation) {
        Instant now = clock.instant();
        return database.write(c -> {
            Baby baby = new Baby(Meta.fresh(now, currentCaregiverId(c)), composed(name), birthAt, birthOffset, sex,
                    gestation, null, false);
            Problems problems = baby.problems();
            if (problems.message("name") == null && findBaby(BabyRepository.all(c, true), name, null).isPresent()) {
                problems.add("name", Reason.BABY_NAME_TAKEN);
            }
            if (birthAt.isAfter(now.plus(nestling.domain.EntryRules.FUTURE_TOLERANCE))) {
                problems.add("birth", Reason.BIRTH_IN_FUTURE);
            }
            problems.throwIfAny();
            BabyRepository.save(c, baby);
            return baby;
        });
    }

    /** Saves changes to a baby (name, photo, archived …), with the same checks as adding. */
    public Baby updateBaby(Baby changed) {
        Instant now = clock.instant();
        return database.write(c -> {
            Baby baby = new Baby(changed.meta().touched(now), composed(changed.name()), changed.birthAt(), changed.birthOffset(),
                    changed.sex(), changed.gestation(), changed.photo(), changed.archived());
            Problems problems = baby.problems();
            if (problems.message("name") == null
                    && findBaby(BabyRepository.all(c, true), baby.name(), baby.meta().id()).isPresent()) {
                problems.add("name", Reason.BABY_NAME_TAKEN);
            }
            problems.throwIfAny();
            BabyRepository.save(c, baby);
            return baby;
        });
    }

    /** Archives (hides from the everyday lists, keeps every entry) or brings back a baby. */
    public Baby archiveBaby(UUID babyId, boolean archived) {
        Instant now = clock.instant();
        return database.write(c -> {
            Baby baby = BabyRepository.find(c, babyId).filter(b -> !b.meta().deleted())
                    .orElseThrow(() -> new NotFoundException("That baby no longer exists."))
                    .withArchived(archived, now);
            BabyRepository.save(c, baby);
            return baby;
        });
    }

    public List<Baby> babies(boolean includeArchived) {
        return database.read(c -> BabyRepository.all(c, includeArchived));
    }

    public Optional<Baby> baby(UUID id) {
        return database.read(c -> BabyRepository.find(c, id)).filter(b -> !b.meta().deleted());
    }

    /** The live baby called {@code name} (any case), archived ones included. */
    public Optional<Baby> babyNamed(String name) {
        return findBaby(babies(true), name, null);
    }

    /**
     * Every live baby called {@code name} (any case, any Unicode form), archived ones included: one
     * laptop refuses a second "Ada", but a merge of another laptop's backup can bring one.
     */
    public List<Baby> babiesNamed(String name) {
        String wanted = comparable(name);
        return babies(true).stream().filter(b -> comparable(b.name()).equals(wanted)).toList();
    }

    private static Optional<Baby> findBaby(List<Baby> babies, String name, UUID except) {
        String wanted = comparable(name);
        return babies.stream()
                .filter(b -> comparable(b.name()).equals(wanted))
                .filter(b -> !b.meta().id().equals(except))
                .findFirst();
    }

    /**
     * A name as it is stored: Unicode NFC, so "Zoë" typed on one keyboard (one code point) and
     * pasted from another place (e, then a combining diaeresis) is the same name.
     */
    private static String composed(String name) {
        return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** Whether two names are one person's as the family compares names. */
    static boolean sameName(String a, String b) {
        return comparable(a).equals(comparable(b));
    }

    /** A name as it is compared: composed, without surrounding blanks, in any case. */
    private static String comparable(String name) {
        return name == null ? "" : composed(name).strip().toLowerCase(Locale.ROOT);
    }

    public Caregiver addCaregiver(String name, String email, String colour) {
        Instant now = clock.instant();
        return database.write(c -> addCaregiver(c, new Caregiver(Meta.fresh(now, currentCaregiverId(c)), composed(name),
                email, colour)));
    }

    /** A caregiver named by a record logged while locked, not yet saved; its problems say whether it can be. */
    static Caregiver newCaregiver(UUID id, String name, Instant now, UUID createdBy) {
        return new Caregiver(new Meta(id, now, now, createdBy, false), composed(name), null, null);
    }

    /** Saves {@code caregiver} in the caller's transaction, with the checks of adding one. */
    static Caregiver addCaregiver(java.sql.Connection c, Caregiver caregiver) throws java.sql.SQLException {
        caregiver.problems().throwIfAny();
        CaregiverRepository.save(c, caregiver);
        return caregiver;
    }

    /** Saves a new name, email or colour of a caregiver, with the same checks as adding. */
    public Caregiver updateCaregiver(Caregiver changed) {
        Instant now = clock.instant();
        return database.write(c -> {
            Caregiver before = liveCaregiver(c, changed.meta().id());
            Caregiver caregiver = new Caregiver(before.meta().touched(now), changed.name(), changed.email(),
                    changed.colour());
            caregiver.problems().throwIfAny();
            CaregiverRepository.save(c, caregiver);
            return caregiver;
        });
    }

    /**
     * Removes a caregiver: a tombstone, so the entries they logged still say who logged them and a
     * merge learns of the removal. If they were the one logging on this laptop, nobody is.
     */
    public void removeCaregiver(UUID caregiverId) {
        Instant now = clock.instant();
        database.write(c -> {
            Caregiver before = liveCaregiver(c, caregiverId);
            CaregiverRepository.save(c, new Caregiver(before.meta().withDeleted(true, now), before.name(),
                    before.email(), before.colour()));
            if (caregiverId.equals(currentCaregiverId(c))) {
                Settings.remove(c, Settings.CURRENT_CAREGIVER);
            }
            return null;
        });
    }

    private static Caregiver liveCaregiver(java.sql.Connection c, UUID id) throws java.sql.SQLException {
        return CaregiverRepository.find(c, id).filter(g -> !g.meta().deleted())
                .orElseThrow(() -> new NotFoundException("That caregiver no longer exists."));
    }

    public List<Caregiver> caregivers() {
        return database.read(CaregiverRepository::all);
    }

    /** With {@code includeRemoved}, removed caregivers too: the entries they logged still show their name. */
    public List<Caregiver> caregivers(boolean includeRemoved) {
        return database.read(c -> CaregiverRepository.all(c, includeRemoved));
    }

    public Optional<Caregiver> caregiverNamed(String name) {
        String wanted = comparable(name);
        return caregivers().stream().filter(g -> comparable(g.name()).equals(wanted)).findFirst();
    }

    /** Remembers who is logging on this vault; new entries record this caregiver. */
    public void setCurrentCaregiver(UUID caregiverId) {
        database.write(c -> {
            if (CaregiverRepository.find(c, caregiverId).filter(g -> !g.meta().deleted()).isEmpty()) {
                new Problems().add("caregiver", Reason.CAREGIVER_UNKNOWN).throwIfAny();
            }
            Settings.put(c, Settings.CURRENT_CAREGIVER, caregiverId.toString());
            return null;
        });
    }

    public Optional<Caregiver> currentCaregiver() {
        return database.read(c -> {
            UUID id = currentCaregiverId(c);
            return id == null ? Optional.<Caregiver>empty() : CaregiverRepository.find(c, id);
        });
    }

    static UUID currentCaregiverId(java.sql.Connection connection) throws java.sql.SQLException {
        return Settings.currentCaregiver(connection);
    }

    public ActivityType addActivityType(String name, String colour, boolean timed) {
        Instant now = clock.instant();
        return database.write(c -> {
            ActivityType type = new ActivityType(Meta.fresh(now, currentCaregiverId(c)), name, colour, timed);
            type.problems().throwIfAny();
            ActivityTypeRepository.save(c, type);
            return type;
        });
    }

    public List<ActivityType> activityTypes() {
        return database.read(ActivityTypeRepository::all);
    }

    /** With {@code includeRemoved}, removed types too: entries that use one still show its name. */
    public List<ActivityType> activityTypes(boolean includeRemoved) {
        return database.read(c -> ActivityTypeRepository.all(c, includeRemoved));
    }

    /** Renames a family activity (or changes its colour or whether it is timed); its entries follow. */
    public ActivityType updateActivityType(ActivityType changed) {
        Instant now = clock.instant();
        return database.write(c -> {
            ActivityType before = liveActivityType(c, changed.meta().id());
            ActivityType type = new ActivityType(before.meta().touched(now), changed.name(), changed.colour(),
                    changed.timed());
            type.problems().throwIfAny();
            ActivityTypeRepository.save(c, type);
            return type;
        });
    }

    /**
     * Removes a family activity from the lists: a tombstone, so the entries that use it keep their
     * name ({@link #activityTypes(boolean)}) and nothing logged is lost.
     */
    public void removeActivityType(UUID typeId) {
        Instant now = clock.instant();
        database.write(c -> {
            ActivityType before = liveActivityType(c, typeId);
            ActivityTypeRepository.save(c, new ActivityType(before.meta().withDeleted(true, now), before.name(),
                    before.colour(), before.timed()));
            return null;
        });
    }

    private static ActivityType liveActivityType(java.sql.Connection c, UUID id) throws java.sql.SQLException {
        return ActivityTypeRepository.find(c, id).filter(t -> !t.meta().deleted())
                .orElseThrow(() -> new NotFoundException("That activity no longer exists."));
    }
}
