package nestling.guidance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores the next-nap estimate against what the baby then did: for every nap after the first
 * {@code warmUpDays}, ask ten minutes after the baby woke from the sleep before it, and compare the
 * likeliest start with the nap's real start; beside it, the same error of "woke + the age range's
 * midpoint". Naps only: the night's start is bedtime, which a family sets, not a wake window.
 */
public record NapScore(int asked, int answered, double estimateMedianMinutes, double midpointMedianMinutes) {

    public static NapScore of(List<SleepSpan> sleeps, ZoneId zone, int ageDays, int warmUpDays) {
        List<SleepSpan> sorted = new ArrayList<>(sleeps);
        sorted.sort(Comparator.comparing(SleepSpan::start));
        LocalDate firstScored = sorted.getFirst().start().atZone(zone).toLocalDate().plusDays(warmUpDays);
        Duration midpoint = AgeWakeRange.forAgeDays(ageDays).orElseThrow().midpoint();
        NextNapEstimator estimator = new NextNapEstimator(zone);
        List<Long> estimateErrors = new ArrayList<>();
        List<Long> midpointErrors = new ArrayList<>();
        int asked = 0;
        for (int i = 1; i < sorted.size(); i++) {
            SleepSpan nap = sorted.get(i);
            SleepSpan before = sorted.get(i - 1);
            boolean isNap = nap.length().compareTo(Duration.ofHours(4)) < 0;
            if (!isNap || nap.start().atZone(zone).toLocalDate().isBefore(firstScored)) {
                continue;
            }
            Instant now = before.end().plus(Duration.ofMinutes(10));
            if (!now.isBefore(nap.start())) {
                continue;
            }
            asked++;
            NextNap next = estimator.estimate(sorted.subList(0, i), null, now, ageDays, false);
            if (next.status() == NextNap.Status.ESTIMATE) {
                estimateErrors.add(Math.abs(Duration.between(next.likely(), nap.start()).toSeconds()));
                midpointErrors.add(Math.abs(Duration.between(before.end().plus(midpoint), nap.start()).toSeconds()));
            }
        }
        return new NapScore(asked, estimateErrors.size(), medianMinutes(estimateErrors), medianMinutes(midpointErrors));
    }

    private static double medianMinutes(List<Long> seconds) {
        if (seconds.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = seconds.stream().mapToLong(Long::longValue).sorted().toArray();
        return Quantiles.of(sorted, 0.5) / 60.0;
    }
}
