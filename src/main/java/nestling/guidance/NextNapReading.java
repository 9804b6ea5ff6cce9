package nestling.guidance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nestling.domain.Baby;
import nestling.domain.EntryType;
import nestling.domain.RunningTimer;
import nestling.domain.TimerKind;
import nestling.growth.ChildAge;
import nestling.journal.Journal;
import nestling.store.EntryQuery;

/** Reads what the estimate needs from a journal (the sleeps of the last days, a running sleep timer, the age). */
public final class NextNapReading {
    private NextNapReading() {
    }

    /**
     * The wake windows of the {@link WakeWindowDays#DAYS} family days ending with {@code lastDay}, with the
     * usual range for the baby's age on it. Reads the sleeps from the day before on (the first window of
     * the first day begins with a sleep that ended in it).
     */
    public static WakeWindowDays wakeWindows(nestling.store.Database database, Baby baby,
            nestling.domain.FamilyDays days, LocalDate lastDay) {
        LocalDate from = lastDay.minusDays(WakeWindowDays.DAYS - 1L);
        EntryQuery query = new EntryQuery(baby.meta().id(), days.start(from.minusDays(1)), days.end(lastDay),
                Set.of(EntryType.SLEEP));
        List<SleepSpan> sleeps = database.read(c -> nestling.store.EntryRepository.list(c, query)).stream()
                .filter(entry -> entry.end() != null && !entry.end().isBefore(entry.start()))
                .map(entry -> new SleepSpan(entry.start(), entry.end()))
                .toList();
        Age age = age(baby, lastDay);
        return WakeWindowDays.of(sleeps, days, from, lastDay, AgeWakeRange.forAgeDays(age.days()), age.corrected());
    }

    /** Age in days on {@code day}, corrected for preterm babies (as the age ranges are meant). */
    private record Age(int days, boolean corrected) {
    }

    private static Age age(Baby baby, LocalDate today) {
        LocalDate birth = baby.birthDate();
        int ageDays = today.isBefore(birth) ? 0 : ChildAge.completedDays(birth, today);
        boolean corrected = false;
        if (baby.gestation() != null && !today.isBefore(birth)) {
            ChildAge child = ChildAge.on(birth, today, baby.gestation());
            ageDays = Math.max(0, child.correctedDays());
            corrected = child.isCorrected();
        }
        return new Age(ageDays, corrected);
    }

    public static NextNap of(Journal journal, Baby baby, Instant now, ZoneId zone) {
        Instant from = now.minus(Duration.ofDays(NextNap.DAYS_BACK + 2));
        List<SleepSpan> sleeps = journal.entries()
                .list(new EntryQuery(baby.meta().id(), from, now, Set.of(EntryType.SLEEP))).stream()
                .filter(entry -> entry.end() != null && !entry.end().isBefore(entry.start()))
                .map(entry -> new SleepSpan(entry.start(), entry.end()))
                .toList();
        Instant asleepSince = journal.timers().running(baby.meta().id()).stream()
                .filter(timer -> timer.kind() == TimerKind.SLEEP)
                .map(RunningTimer::startedAt)
                .min(Instant::compareTo).orElse(null);
        Age age = age(baby, now.atZone(zone).toLocalDate());
        return new NextNapEstimator(zone).estimate(sleeps, asleepSince, now, age.days(), age.corrected());
    }
}
