package nestling.ui.baby;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nestling.domain.Baby;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.domain.ValidationException;
import nestling.ui.common.ReasonTexts;
import nestling.ui.common.UiContext;

/**
 * The fields of a baby and their rules: a name (not blank, at most 60 characters, not another
 * baby's), the date of birth (not in the future), the time of birth (optional, empty unless known),
 * the sex (optional) and the gestational age at birth (optional, 20+0 to 45+6 weeks). Each problem
 * shows next to its field and goes as soon as the field is fine again.
 */
public final class BabyFormModel {
    /** The field names of {@link #errorProperty(String)}. */
    public static final List<String> FIELDS = List.of("name", "birth", "time", "gestation");
    private static final int MAX_NAME = 60;

    /** What the form says, read and checked: ready to save. */
    public record Details(String name, Instant birthAt, ZoneOffset birthOffset, Sex sex, GestationalAge gestation) {
    }

    private final UiContext context;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>(this, "birthDate");
    private final StringProperty birthTime = new SimpleStringProperty(this, "birthTime", "");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex");
    private final StringProperty gestationWeeks = new SimpleStringProperty(this, "gestationWeeks", "");
    private final StringProperty gestationDays = new SimpleStringProperty(this, "gestationDays", "");
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private Supplier<List<Baby>> others = List::of;
    private UUID editing;

    public BabyFormModel(UiContext context) {
        this.context = context;
        for (String field : FIELDS) {
            errors.put(field, new ReadOnlyStringWrapper(this, field, ""));
        }
        errors.put("general", new ReadOnlyStringWrapper(this, "general", ""));
        // A message goes as soon as its field is fine (not only on the next save).
        name.addListener((o, was, now) -> recheck("name"));
        birthDate.addListener((o, was, now) -> {
            recheck("birth");
            recheck("time");
        });
        birthTime.addListener((o, was, now) -> {
            recheck("time");
            recheck("birth");
        });
        gestationWeeks.addListener((o, was, now) -> recheck("gestation"));
        gestationDays.addListener((o, was, now) -> recheck("gestation"));
    }

    /** The other babies, whose names are taken (read at each check). */
    public void namesTakenBy(Supplier<List<Baby>> babies) {
        this.others = babies;
    }

    /** The sexes in the order the form offers them; null is "not given". */
    public static List<Sex> sexes() {
        return java.util.Arrays.asList(null, Sex.FEMALE, Sex.MALE);
    }

    public String sexName(Sex value) {
        return value == null ? context.text("settings.baby.sex.unknown")
                : context.text("settings.baby.sex." + value.name().toLowerCase(Locale.ROOT));
    }

    /** Empties the form for a new baby: born today, time not given. */
    public void startNew() {
        editing = null;
        fill("", LocalDate.now(context.clock()), "", null, "", "");
    }

    /**
     * Loads {@code baby}. A birth at 00:00 shows no time: that is what a birth without a time is
     * stored as, and saving the empty time keeps it.
     */
    public void edit(Baby baby) {
        editing = baby.meta().id();
        ZonedDateTime birth = baby.birthAt().atOffset(baby.birthOffset()).toZonedDateTime();
        fill(baby.name(), birth.toLocalDate(), birth.toLocalTime().equals(LocalTime.MIDNIGHT) ? ""
                : birth.toLocalTime().toString(), baby.sex(),
                baby.gestation() == null ? "" : Integer.toString(baby.gestation().weeks()),
                baby.gestation() == null ? "" : Integer.toString(baby.gestation().days()));
    }

    private void fill(String n, LocalDate date, String time, Sex s, String weeks, String days) {
        name.set(n);
        birthDate.set(date);
        birthTime.set(time);
        sex.set(s);
        gestationWeeks.set(weeks);
        gestationDays.set(days);
        clearErrors();
    }

    public void clearErrors() {
        errors.values().forEach(e -> e.set(""));
    }

    /** Checks every field; the details to save, or null with the problems next to the fields. */
    public Details read() {
        clearErrors();
        for (String field : FIELDS) {
            errors.get(field).set(problem(field));
        }
        if (errors.values().stream().anyMatch(e -> !e.get().isEmpty())) {
            return null;
        }
        Instant birthAt = birthAt();
        ZoneId zone = context.clock().getZone();
        return new Details(name.get().strip(), birthAt, zone.getRules().getOffset(birthAt), sex.get(), gestation());
    }

    /** The core's refusals next to their fields (a name it refused), or a general failure. */
    public void showFailure(Throwable failure, String general) {
        if (failure instanceof ValidationException refused) {
            ReasonTexts.byField(context.bundle(), refused.problems()).forEach((field, text) ->
                    errors.getOrDefault(field, errors.get("general")).set(text));
        } else {
            errors.get("general").set(general);
        }
    }

    private void recheck(String field) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (!error.get().isEmpty() && problem(field).isEmpty()) {
            error.set("");
        }
    }

    /** The problem of {@code field} as it stands, or "". */
    private String problem(String field) {
        return switch (field) {
            case "name" -> nameProblem();
            case "birth" -> birthDate.get() == null ? context.text("settings.baby.error.birth")
                    : birthAt() != null && birthAt().isAfter(context.clock().instant())
                    || birthDate.get().isAfter(LocalDate.now(context.clock()))
                    ? context.text("settings.baby.error.future") : "";
            case "time" -> time() == null ? context.text("settings.baby.error.time") : "";
            case "gestation" -> gestationProblem();
            default -> "";
        };
    }

    private String nameProblem() {
        String typed = name.get() == null ? "" : name.get().strip();
        if (typed.isEmpty()) {
            return context.text("settings.baby.error.name");
        }
        if (typed.length() > MAX_NAME) {
            return context.text("settings.baby.error.nameLong");
        }
        boolean taken = others.get().stream().anyMatch(b -> b.name().strip().equalsIgnoreCase(typed)
                && !b.meta().id().equals(editing));
        return taken ? context.text("settings.baby.error.nameTaken") : "";
    }

    /** The typed time of birth; midnight when none is given; null when it cannot be read. */
    private LocalTime time() {
        String text = birthTime.get() == null ? "" : birthTime.get().strip();
        if (text.isEmpty()) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Instant birthAt() {
        LocalTime time = time();
        return birthDate.get() == null || time == null ? null
                : birthDate.get().atTime(time).atZone(context.clock().getZone()).toInstant();
    }

    private String gestationProblem() {
        try {
            gestation();
            return "";
        } catch (IllegalArgumentException e) {
            return context.text("settings.baby.error.gestation");
        }
    }

    /** Null when neither is typed; throws IllegalArgumentException when out of range or no number. */
    private GestationalAge gestation() {
        String weeks = gestationWeeks.get() == null ? "" : gestationWeeks.get().strip();
        String days = gestationDays.get() == null ? "" : gestationDays.get().strip();
        if (weeks.isEmpty() && days.isEmpty()) {
            return null;
        }
        return new GestationalAge(Integer.parseInt(weeks), days.isEmpty() ? 0 : Integer.parseInt(days));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> birthDateProperty() {
        return birthDate;
    }

    public StringProperty birthTimeProperty() {
        return birthTime;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public StringProperty gestationWeeksProperty() {
        return gestationWeeks;
    }

    public StringProperty gestationDaysProperty() {
        return gestationDays;
    }

    /** {@link #FIELDS} or "general"; "" when all is well. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }
}
