package nestling.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import nestling.guidance.NapRhythm;
import nestling.guidance.NapScore;

/**
 * Scores the next-nap estimate (issue 18): on generated weeks where naps follow a rhythm, regular and
 * noisy, the median error of the predicted next-nap start against the real one, beside the error of
 * "woke + the midpoint of the age's published range". Three weeks each, the first week only read.
 */
final class NextNapBenchmark implements Benchmark {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Override
    public String name() {
        return "nextnap";
    }

    @Override
    public ResultTable run(BenchContext context) {
        ResultTable table = new ResultTable("Next nap: median error of the predicted start (minutes)",
                "baby", "rhythm (wake windows, min)", "growth (min/day)", "noise (sd, min)", "naps asked", "estimated",
                "estimate error", "age midpoint error");
        // Wake windows also grow as the baby does (about 15 minutes a month at two months, less later):
        // an estimate that reads too many days back lags behind, one that reads too few is noisy.
        record Baby(String label, int ageDays, int[] windows, double growthPerDay) {
        }
        Baby[] babies = {
            new Baby("7 weeks", 49, new int[] {60, 70, 75, 80, 85, 90, 90}, 0.5),
            new Baby("4 months", 122, new int[] {80, 100, 120, 140, 150}, 0.4),
            new Baby("9 months", 275, new int[] {150, 180, 210, 240}, 0.25),
        };
        for (Baby baby : babies) {
            for (double noise : new double[] {5, 15, 30}) {
                double estimate = 0;
                double midpoint = 0;
                int asked = 0;
                int answered = 0;
                int seeds = 10;
                for (int seed = 1; seed <= seeds; seed++) {
                    NapRhythm rhythm = new NapRhythm(ZONE, LocalTime.of(6, 30), baby.windows(), noise, baby.growthPerDay(), seed);
                    NapScore score = NapScore.of(rhythm.days(LocalDate.of(2026, 3, 16), 21), ZONE, baby.ageDays(), 7);
                    estimate += score.estimateMedianMinutes();
                    midpoint += score.midpointMedianMinutes();
                    asked += score.asked();
                    answered += score.answered();
                }
                table.row(baby.label(), java.util.Arrays.toString(baby.windows()), baby.growthPerDay(), noise, asked, answered,
                        estimate / seeds, midpoint / seeds);
            }
        }
        return table.note("Each row: 10 seeded families, three weeks each (the last week across the DST change of "
                + "29 March 2026 in Europe/Berlin), asked ten minutes after each wake-up; errors are the mean over "
                + "the families of each family's median. The estimate must beat the midpoint (issue 18).");
    }
}
