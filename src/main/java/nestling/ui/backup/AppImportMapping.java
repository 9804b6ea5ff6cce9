package nestling.ui.backup;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nestling.domain.Baby;
import nestling.imports.BabyChoice;
import nestling.imports.ImportPlanner;
import nestling.imports.SourceBaby;

/**
 * One of the other app's babies and where its rows go: one of Nestling's babies or a new one (a file
 * that does not name its baby can only go to one Nestling has: there is no name to give a new one).
 *
 * @param sourceKey  the key the source's rows use for this baby ({@link ImportPlanner#UNNAMED} when unnamed)
 * @param sourceName the baby as the other app names it ("" when the file does not name it)
 * @param options    the answers the parent may give, Nestling's babies first
 * @param chosen     the answer given (null while the parent has to choose)
 */
public record AppImportMapping(String sourceKey, String sourceName, List<Target> options,
        ObjectProperty<Target> chosen) {
    /** A Nestling baby ({@code name}) or, with a null id, a new baby. */
    public record Target(UUID babyId, String name) {
        BabyChoice choice() {
            return babyId == null ? BabyChoice.NEW : BabyChoice.onto(babyId);
        }
    }

    public boolean unnamed() {
        return sourceKey.equals(ImportPlanner.UNNAMED);
    }

    /**
     * The mapping with its first answer: the Nestling baby of the same name (when exactly one has it),
     * else a new baby; the unnamed baby of a one-child file goes to Nestling's only baby, or waits for
     * the parent's choice.
     *
     * @param sameName the Nestling babies with the source baby's name (as the family compares names)
     */
    static AppImportMapping of(SourceBaby source, List<Baby> babies, List<Baby> sameName) {
        boolean unnamed = source.key().equals(ImportPlanner.UNNAMED);
        List<Target> options = new java.util.ArrayList<>();
        babies.forEach(b -> options.add(new Target(b.meta().id(), b.name())));
        if (!unnamed) {
            options.add(new Target(null, source.name()));
        }
        Target first;
        if (unnamed) {
            first = babies.size() == 1 ? options.getFirst() : null;
        } else if (sameName.size() == 1) {
            first = options.stream().filter(t -> sameName.getFirst().meta().id().equals(t.babyId())).findFirst()
                    .orElse(options.getLast());
        } else {
            first = options.getLast();
        }
        return new AppImportMapping(source.key(), source.name(), List.copyOf(options),
                new SimpleObjectProperty<>(first));
    }

    /** The answers for the planner, or null while one of the babies still waits for the parent's choice. */
    static Map<String, BabyChoice> choices(List<AppImportMapping> mappings) {
        Map<String, BabyChoice> choices = new java.util.LinkedHashMap<>();
        for (AppImportMapping mapping : mappings) {
            Target target = mapping.chosen().get();
            if (target == null) {
                return null;
            }
            choices.put(mapping.sourceKey(), target.choice());
        }
        return choices;
    }
}
