package nestling.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nestling.domain.Baby;
import nestling.domain.Meta;
import nestling.journal.Family;
import nestling.store.BabyRepository;
import nestling.store.Database;

/**
 * Which Nestling baby each of the source's babies becomes. With {@code --baby NAME} (a one-baby
 * source) that baby; else the Nestling baby of the same name (any case, as the family compares
 * names); else a new baby with the source's name and birth date, or, when the source has no
 * profile, the day of that baby's first row (the summary says so; the parent corrects it in Babies).
 * A file that does not name its baby goes to the only baby Nestling has, or needs {@code --baby}.
 */
final class BabyMapping {
    /** One source baby's Nestling baby; {@code created} when the import adds it. */
    record Target(String sourceName, Baby baby, boolean created, boolean birthGuessed) {
    }

    /** The key rows use when the source does not name its baby. */
    static final String UNNAMED = "\u0000unnamed";

    private BabyMapping() {
    }

    /**
     * @param firstDays the first local day each source baby key has a row on (for a guessed birth)
     * @return the target per source baby key ({@link #UNNAMED} for rows without one)
     */
    static Map<String, Target> map(Database live, String formatName, SourceReading reading, String babyAnswer,
            Map<String, BabyChoice> choices, ZoneId zone, Instant now, Map<String, LocalDate> firstDays)
            throws ImportProblem {
        Family family = new Family(live, Clock.fixed(now, zone));
        List<SourceBaby> babies = named(reading, firstDays.keySet());
        Map<String, Target> targets = new LinkedHashMap<>();
        boolean unnamedRows = firstDays.containsKey(UNNAMED);
        if (babyAnswer != null && !babyAnswer.isBlank()) {
            if (babies.size() > 1 || babies.size() == 1 && unnamedRows) {
                throw new ImportProblem(ImportProblem.Kind.NEEDS_ANSWER, "this file holds " + babies.size()
                        + " babies; --baby is for a file about one baby. Leave it out: each baby is matched by name"
                        + " or added.");
            }
            Baby chosen = byId(family, babyAnswer).or(() -> namedOrEmpty(family, babyAnswer)).orElseThrow(() -> new ImportProblem(ImportProblem.Kind.NO_SUCH_BABY,
                    "no baby with that name in Nestling: see nestling baby list, or leave --baby out to add the file's baby"));
            String key = babies.isEmpty() ? UNNAMED : babies.getFirst().key();
            String shown = babies.isEmpty() ? chosen.name() : babies.getFirst().name();
            targets.put(key, new Target(shown, chosen, false, false));
            return targets;
        }
        BabyChoice unnamedChoice = choices.get(UNNAMED);
        if (unnamedRows && unnamedChoice != null && !unnamedChoice.createsNew()) {
            Baby chosen = chosen(family, unnamedChoice);
            targets.put(UNNAMED, new Target(chosen.name(), chosen, false, false));
        } else if (unnamedRows) {
            List<Baby> all = family.babies(false);
            if (all.size() != 1) {
                throw new ImportProblem(ImportProblem.Kind.NEEDS_ANSWER, all.isEmpty()
                        ? "the file does not name its baby and Nestling has none yet: add the baby first"
                                + " (nestling baby add) or say --baby NAME"
                        : "the file does not name its baby: say which of Nestling's babies it is with --baby NAME");
            }
            targets.put(UNNAMED, new Target(all.getFirst().name(), all.getFirst(), false, false));
        }
        for (SourceBaby source : babies) {
            BabyChoice choice = choices.get(source.key());
            if (choice != null && !choice.createsNew()) {
                targets.put(source.key(), new Target(source.name(), chosen(family, choice), false, false));
                continue;
            }
            // "new baby" skips the match by name; without an answer a baby of the same name is the one
            Optional<Baby> existing = choice == null ? named(family, source.name()) : Optional.empty();
            if (existing.isPresent()) {
                targets.put(source.key(), new Target(source.name(), existing.get(), false, false));
                continue;
            }
            UUID id = SourceIds.baby(formatName, source.key());
            Optional<Baby> earlier = live.read(c -> BabyRepository.find(c, id));
            if (earlier.isPresent() && !earlier.get().meta().deleted()) {
                // added by an earlier import of this file and renamed since: still the same baby
                targets.put(source.key(), new Target(source.name(), earlier.get(), false, false));
                continue;
            }
            LocalDate birth = source.birthDate();
            boolean guessed = birth == null;
            if (guessed) {
                birth = firstDays.getOrDefault(source.key(), nestling.domain.LocalDays.dayOf(now, zone));
            }
            Instant birthAt = nestling.domain.LocalDays.start(birth, zone);
            Meta meta = new Meta(earlier.isPresent() ? UUID.randomUUID() : id, now, now, null, false);
            Baby created = new Baby(meta, source.name().strip(), birthAt, zone.getRules().getOffset(birthAt), null, null,
                    null, false);
            if (!created.problems().isEmpty()) {
                throw new ImportProblem(ImportProblem.Kind.NEEDS_ANSWER, "a baby's name in the file cannot be used in"
                        + " Nestling (" + created.problems().problems().values().iterator().next().english()
                        + "); import it with --baby NAME into a baby you added");
            }
            targets.put(source.key(), new Target(source.name(), created, true, guessed));
        }
        return targets;
    }

    /**
     * The source's named babies: its profiles, then babies only rows name, in the order first seen;
     * {@code rowKeys} are the baby keys the rows use ({@link #UNNAMED} is left out here).
     */
    static List<SourceBaby> named(SourceReading reading, java.util.Collection<String> rowKeys) {
        List<SourceBaby> babies = new ArrayList<>(reading.babies());
        java.util.Set<String> known = new java.util.HashSet<>();
        babies.forEach(b -> known.add(b.key()));
        for (String key : rowKeys) {
            if (!key.equals(UNNAMED) && known.add(key)) {
                babies.add(new SourceBaby(key, key, null)); // a row names a baby the profile list lacks
            }
        }
        return babies;
    }

    private static Baby chosen(Family family, BabyChoice choice) throws ImportProblem {
        return family.baby(choice.onto()).orElseThrow(() -> new ImportProblem(ImportProblem.Kind.NO_SUCH_BABY,
                "the baby chosen for the file's rows is no longer in Nestling: check again"));
    }

    private static Optional<Baby> byId(Family family, String text) {
        try {
            return family.baby(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** For --baby: several babies of one name need the id, which the message asks for. */
    private static Optional<Baby> namedOrEmpty(Family family, String name) {
        List<Baby> babies = family.babiesNamed(name);
        return babies.size() == 1 ? Optional.of(babies.getFirst()) : Optional.empty();
    }

    private static Optional<Baby> named(Family family, String name) throws ImportProblem {
        List<Baby> babies = family.babiesNamed(name);
        if (babies.size() > 1) {
            throw new ImportProblem(ImportProblem.Kind.NEEDS_ANSWER,
                    "several of Nestling's babies have the same name as one in the file: import with --baby ID");
        }
        return babies.stream().findFirst();
    }
}
