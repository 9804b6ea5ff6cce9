package nestling.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nestling.testsupport.PropertyCheck;

/**
 * A generated story of two laptops: what the family logged before the second laptop joined
 * ({@code start}), then what each laptop did on its own until they swap backups. Ops are plain
 * numbers that {@link Laptop#apply} reads against the laptop's state, so a shrunk history (ops
 * removed) still replays. {@code coarseClock} moves both clocks in whole seconds from the same
 * instant, so the two laptops often stamp edits of one record with the same {@code updatedAt}.
 */
record History(List<Op> start, List<Op> first, List<Op> second, boolean coarseClock, boolean firstExportsFirst)
        implements PropertyCheck.Shrinkable<History> {

    enum Kind { LOG, EDIT, EDIT_SHARED, DELETE, DELETE_SHARED, UNDO, START_TIMER, STOP_TIMER, ARCHIVE_BABY,
        ADD_CAREGIVER, SET_UNITS }

    /** One caregiver action: {@code pick} chooses what it acts on, {@code variant} the new content. */
    record Op(Kind kind, int pick, int variant, int minutesAgo, long advanceMillis) {
        @Override
        public String toString() {
            return kind + "(pick " + pick + ", variant " + variant + ", " + minutesAgo + " min ago, +" + advanceMillis + " ms)";
        }
    }

    private static final Kind[] START_KINDS = {Kind.LOG, Kind.LOG, Kind.LOG, Kind.LOG, Kind.EDIT, Kind.DELETE,
        Kind.START_TIMER, Kind.ADD_CAREGIVER};
    private static final Kind[] LATER_KINDS = {Kind.LOG, Kind.LOG, Kind.LOG, Kind.EDIT, Kind.EDIT_SHARED,
        Kind.EDIT_SHARED, Kind.EDIT_SHARED, Kind.DELETE, Kind.DELETE_SHARED, Kind.UNDO, Kind.START_TIMER,
        Kind.STOP_TIMER, Kind.STOP_TIMER, Kind.ARCHIVE_BABY, Kind.ADD_CAREGIVER, Kind.SET_UNITS};

    static History generate(Random random) {
        boolean coarse = random.nextBoolean();
        return new History(ops(random, START_KINDS, 1 + random.nextInt(14), coarse),
                ops(random, LATER_KINDS, random.nextInt(16), coarse),
                ops(random, LATER_KINDS, random.nextInt(16), coarse), coarse, random.nextBoolean());
    }

    private static List<Op> ops(Random random, Kind[] kinds, int count, boolean coarse) {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long advance = coarse ? 1000L * random.nextInt(3)
                    : new long[] {0, 1, 1000, 60_000, 600_000, 3_600_000}[random.nextInt(6)];
            ops.add(new Op(kinds[random.nextInt(kinds.length)], random.nextInt(1000), random.nextInt(1_000_000),
                    random.nextInt(3 * 24 * 60), advance));
        }
        return List.copyOf(ops);
    }

    /** This history with one op fewer, tried in every position (the first ops of the start stay last). */
    @Override
    public List<History> smaller() {
        List<History> smaller = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            smaller.add(new History(start, without(first, i), second, coarseClock, firstExportsFirst));
        }
        for (int i = 0; i < second.size(); i++) {
            smaller.add(new History(start, first, without(second, i), coarseClock, firstExportsFirst));
        }
        for (int i = start.size() - 1; i >= 0; i--) {
            smaller.add(new History(without(start, i), first, second, coarseClock, firstExportsFirst));
        }
        return smaller;
    }

    private static List<Op> without(List<Op> ops, int index) {
        List<Op> copy = new ArrayList<>(ops);
        copy.remove(index);
        return List.copyOf(copy);
    }

    @Override
    public String toString() {
        return "History(" + (coarseClock ? "coarse" : "realistic") + " clocks, "
                + (firstExportsFirst ? "both export, then each merges the other's" : "first merges second's, then second merges first's")
                + ")\n  start:  " + start + "\n  first:  " + first + "\n  second: " + second;
    }
}
