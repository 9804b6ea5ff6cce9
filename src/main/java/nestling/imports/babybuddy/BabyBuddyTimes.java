package nestling.imports.babybuddy;

import java.time.LocalDate;
import java.time.LocalTime;
import nestling.imports.babybuddy.BabyBuddyValues.Stamp;

/** Reading a row's times, refusing it when one is missing or unreadable. */
final class BabyBuddyTimes {
    /** A date-only measurement (weight, height, head) is carried at noon: it stays on its day in any zone. */
    static final LocalTime DATE_ONLY_TIME = LocalTime.NOON;

    private BabyBuddyTimes() {
    }

    static Stamp required(BabyBuddyRecord r, String column) throws Refusal {
        Stamp stamp = BabyBuddyValues.stamp(r.get(column));
        if (stamp == null) {
            throw new Refusal(r.get(column).isEmpty() ? "the " + column + " time is missing"
                    : "the " + column + " time is not a date and time Baby Buddy writes");
        }
        return stamp;
    }

    static LocalDate requiredDate(BabyBuddyRecord r) throws Refusal {
        LocalDate date = BabyBuddyValues.date(r.get("date"));
        if (date == null) {
            throw new Refusal(r.get("date").isEmpty() ? "the date is missing" : "the date is not a date Baby Buddy writes");
        }
        return date;
    }
}
