package nestling.imports.babybuddy;

import nestling.imports.RefusalSubject;
import nestling.imports.RefusalReason;
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
            boolean missing = r.get(column).isEmpty();
            RefusalSubject which = switch (column) {
                case "start" -> RefusalSubject.START;
                case "end" -> RefusalSubject.END;
                default -> null; // "time": the row's one time
            };
            throw which == null ? new Refusal(missing ? RefusalReason.WHEN_MISSING : RefusalReason.WHEN_NOT_BABY_BUDDY)
                    : new Refusal(missing ? RefusalReason.TIME_MISSING : RefusalReason.TIME_NOT_BABY_BUDDY, which);
        }
        return stamp;
    }

    static LocalDate requiredDate(BabyBuddyRecord r) throws Refusal {
        LocalDate date = BabyBuddyValues.date(r.get("date"));
        if (date == null) {
            throw new Refusal(r.get("date").isEmpty() ? RefusalReason.DATE_MISSING : RefusalReason.DATE_NOT_BABY_BUDDY);
        }
        return date;
    }
}
