package nestling.ui.history;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.UnitFormat;
import nestling.domain.UnitSystem;

/** A short line per entry in the user's units: "120 ml · Formula", "L 10 min · R 7 min · ended Right". */
public final class EntrySummaries {
    private static final String DOT = " \u00b7 ";
    private static final int NOTE_LENGTH = 80;
    private final ResourceBundle bundle;
    private final UnitSystem units;
    private final java.util.Map<String, MessageFormat> formats = new java.util.HashMap<>();
    private final java.util.Map<Enum<?>, String> choices = new java.util.HashMap<>();

    /** The names of the family's own activities by id ("Baby massage"), shown instead of "Own activity". */
    private final java.util.Map<java.util.UUID, String> activityNames;
    /** The language's decimal separator ("2,5 ml" in German). */
    private final char decimal;

    public EntrySummaries(ResourceBundle bundle, UnitSystem units) {
        this(bundle, units, java.util.Map.of());
    }

    public EntrySummaries(ResourceBundle bundle, UnitSystem units, java.util.Map<java.util.UUID, String> activityNames) {
        this.bundle = bundle;
        this.units = units;
        this.activityNames = activityNames;
        this.decimal = java.text.DecimalFormatSymbols.getInstance(bundle.getLocale()).getDecimalSeparator();
    }

    /** An amount as the core writes it ("2.5 ml", "4.21 kg") with this language's decimal separator. */
    private String amount(String written) {
        return written == null || decimal == '.' ? written : written.replaceAll("(\\d)\\.(\\d)", "$1" + decimal + "$2");
    }

    public String of(Entry entry) {
        List<String> parts = new ArrayList<>();
        switch (entry.data()) {
            case EntryData.Breastfeeding f -> parts.add(message("history.summary.breastfeeding", f.leftSeconds() / 60,
                    f.rightSeconds() / 60, f.lastSide() == null ? "" : message("history.summary.endedOn", choice(f.lastSide()))));
            case EntryData.Bottle b -> {
                add(parts, b.ml() == null ? null : amount(UnitFormat.volume(b.ml(), units)));
                add(parts, choice(b.content()));
                add(parts, b.notes());
            }
            case EntryData.Solids s -> {
                add(parts, String.join(", ", s.foods()));
                add(parts, s.amount());
                add(parts, choice(s.reaction()));
                add(parts, s.allergyNote());
            }
            case EntryData.Pumping p -> parts.add(message("history.summary.pumping",
                    p.leftMl() == null ? "\u2013" : amount(UnitFormat.volume(p.leftMl(), units)),
                    p.rightMl() == null ? "\u2013" : amount(UnitFormat.volume(p.rightMl(), units))));
            case EntryData.Sleep s -> {
                add(parts, choice(s.kind()));
                add(parts, choice(s.place()));
            }
            case EntryData.Diaper d -> {
                add(parts, d.wet() ? field("wet") : null);
                add(parts, d.dirty() ? field("dirty") : null);
                add(parts, d.dry() ? field("dry") : null);
                add(parts, choice(d.stoolColour()));
                add(parts, choice(d.consistency()));
                add(parts, d.rash() ? field("rash") : null);
            }
            case EntryData.Medicine m -> {
                add(parts, m.name());
                add(parts, m.dose() == null ? null : amount(m.dose().stripTrailingZeros().toPlainString()) + " "
                        + (m.unit() == null ? "" : choice(m.unit())));
            }
            case EntryData.Temperature t -> {
                add(parts, t.deciCelsius() == null ? null : amount(UnitFormat.temperature(t.deciCelsius(), units)));
                add(parts, choice(t.method()));
            }
            case EntryData.Growth g -> {
                add(parts, g.grams() == null ? null : amount(UnitFormat.weight(g.grams(), units)));
                add(parts, g.lengthMm() == null ? null : amount(UnitFormat.length(g.lengthMm(), units)));
                add(parts, g.headMm() == null ? null : field("head") + " " + amount(UnitFormat.length(g.headMm(), units)));
            }
            case EntryData.Activity a -> {
                String own = a.activityTypeId() == null ? null : activityNames.get(a.activityTypeId());
                add(parts, own != null ? own : choice(a.kind()));
                add(parts, choice(a.spitUpSize()));
            }
            case EntryData.Milestone m -> {
                add(parts, m.title());
                add(parts, m.note());
            }
            case EntryData.Note n -> add(parts, n.text());
        }
        if (!(entry.data() instanceof EntryData.Bottle) && !(entry.data() instanceof EntryData.Note)) {
            add(parts, notes(entry.data()));
        }
        entry.duration().ifPresent(d -> parts.add(duration(d)));
        String line = String.join(DOT, parts);
        return line.length() > NOTE_LENGTH * 2 ? line.substring(0, NOTE_LENGTH * 2) + "\u2026" : line.replace('\n', ' ');
    }

    private static String notes(EntryData data) {
        return switch (data) {
            case EntryData.Breastfeeding f -> f.notes();
            case EntryData.Solids s -> s.notes();
            case EntryData.Pumping p -> p.notes();
            case EntryData.Sleep s -> s.notes();
            case EntryData.Diaper d -> d.notes();
            case EntryData.Medicine m -> m.notes();
            case EntryData.Growth g -> g.notes();
            case EntryData.Activity a -> a.notes();
            default -> null;
        };
    }

    private String duration(Duration duration) {
        return message("history.summary.duration", duration.toHours(), duration.toMinutesPart());
    }

    private String field(String id) {
        return bundle.getString("entry.field." + id);
    }

    private String choice(Enum<?> value) {
        return value == null ? null : choices.computeIfAbsent(value, v -> bundle.getString("entry.choice."
                + v.getDeclaringClass().getSimpleName() + "." + v.name().toLowerCase(Locale.ROOT)));
    }

    private String message(String key, Object... arguments) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), bundle.getLocale()))
                .format(arguments);
    }

    private static void add(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part.strip());
        }
    }
}
