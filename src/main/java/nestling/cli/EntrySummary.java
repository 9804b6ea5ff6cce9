package nestling.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nestling.domain.EntryData;
import nestling.domain.Units;

/** A short human description of an entry's own fields, in metric units (the CLI's units). */
final class EntrySummary {
    private EntrySummary() {
    }

    static String of(EntryData data) {
        return of(data, null);
    }

    /** With {@code activityName}, the family's own activity's name instead of "custom". */
    static String of(EntryData data, String activityName) {
        List<String> parts = new ArrayList<>();
        switch (data) {
            case EntryData.Breastfeeding f -> {
                parts.add("left " + f.leftSeconds() / 60 + " min, right " + f.rightSeconds() / 60 + " min");
                add(parts, f.lastSide() == null ? null : "ended " + Choices.name(f.lastSide()));
            }
            case EntryData.Bottle b -> {
                add(parts, b.ml() == null ? null : b.ml() + " ml");
                add(parts, Choices.name(b.content()));
            }
            case EntryData.Solids s -> {
                parts.add(String.join(", ", s.foods()));
                add(parts, s.amount());
                add(parts, Choices.name(s.reaction()));
            }
            case EntryData.Pumping p -> {
                add(parts, p.leftMl() == null ? null : "left " + p.leftMl() + " ml");
                add(parts, p.rightMl() == null ? null : "right " + p.rightMl() + " ml");
            }
            case EntryData.Sleep s -> {
                add(parts, Choices.name(s.kind()));
                add(parts, Choices.name(s.place()));
            }
            case EntryData.Diaper d -> {
                add(parts, d.wet() ? "wet" : null);
                add(parts, d.dirty() ? "dirty" : null);
                add(parts, d.dry() ? "dry" : null);
                add(parts, Choices.name(d.stoolColour()));
                add(parts, Choices.name(d.consistency()));
                add(parts, d.rash() ? "rash" : null);
            }
            case EntryData.Medicine m -> {
                parts.add(m.name() + " " + (m.dose() == null ? "" : m.dose().toPlainString() + " ")
                        + Objects.toString(Choices.name(m.unit()), ""));
            }
            case EntryData.Temperature t -> {
                add(parts, t.deciCelsius() == null ? null : Units.celsius(t.deciCelsius()) + " °C");
                add(parts, Choices.name(t.method()));
            }
            case EntryData.Growth g -> {
                add(parts, g.grams() == null ? null : Units.kg(g.grams()).stripTrailingZeros().toPlainString() + " kg");
                add(parts, g.lengthMm() == null ? null : Units.cm(g.lengthMm()) + " cm " + Choices.name(g.position()));
                add(parts, g.headMm() == null ? null : "head " + Units.cm(g.headMm()) + " cm");
            }
            case EntryData.Activity a -> {
                add(parts, activityName != null ? activityName : Choices.name(a.kind()));
                add(parts, Choices.name(a.spitUpSize()));
            }
            case EntryData.Milestone m -> parts.add(m.title());
            case EntryData.Note n -> parts.add(n.text().lines().findFirst().orElse(""));
        }
        return String.join(", ", parts).strip();
    }

    private static void add(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part);
        }
    }
}
