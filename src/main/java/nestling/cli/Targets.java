package nestling.cli;

import java.util.List;
import java.util.UUID;
import nestling.domain.ActivityType;
import nestling.domain.Baby;
import nestling.domain.Caregiver;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.journal.Family;

/** Finding the baby and the caregiver a command names. */
final class Targets {
    private Targets() {
    }

    /**
     * The baby with the id, or else called, {@code name}; without a name, the only baby there is.
     * Two babies of one name (a merge can bring a second "Ada") are ambiguous: the message lists
     * their ids, and an id picks one.
     */
    static Baby baby(Family family, String name) {
        if (name == null) {
            List<Baby> babies = family.babies(false);
            if (babies.size() == 1) {
                return babies.getFirst();
            }
            throw new CliFailure(ExitCodes.USAGE, babies.isEmpty()
                    ? "there is no baby yet: add one with nestling baby add --name NAME --birth DATE"
                    : "there are several babies: say which with --baby NAME");
        }
        java.util.Optional<Baby> byId = byId(family, name);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<Baby> named = family.babiesNamed(name);
        if (named.size() > 1) {
            StringBuilder ids = new StringBuilder();
            for (Baby baby : named) {
                ids.append(ids.isEmpty() ? "" : ", ").append(baby.meta().id())
                        .append(" (born ").append(baby.birthAt().atOffset(baby.birthOffset()).toLocalDate()).append(')');
            }
            throw new CliFailure(ExitCodes.USAGE, "several babies have that name: say which with --baby ID, one of " + ids);
        }
        return named.stream().findFirst().orElseThrow(() -> new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS,
                "no baby with that name: see nestling baby list"));
    }

    private static java.util.Optional<Baby> byId(Family family, String text) {
        try {
            return family.baby(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            return java.util.Optional.empty();
        }
    }

    /** The caregiver called {@code name}, added if there is none yet; null without a name. */
    static UUID caregiver(Family family, String name) {
        if (name == null) {
            return null;
        }
        return family.caregiverNamed(name).orElseGet(() -> family.addCaregiver(name, null, null)).meta().id();
    }

    /** The name of the family's own activity an entry is of (removed ones too); null for anything else. */
    static String activityName(Family family, Entry entry) {
        if (entry.data() instanceof EntryData.Activity activity && activity.activityTypeId() != null) {
            return family.activityTypes(true).stream().filter(t -> t.meta().id().equals(activity.activityTypeId()))
                    .map(ActivityType::name).findFirst().orElse(null);
        }
        return null;
    }

    static String caregiverName(List<Caregiver> caregivers, UUID id) {
        return caregivers.stream().filter(c -> c.meta().id().equals(id)).map(Caregiver::name).findFirst().orElse(null);
    }
}
