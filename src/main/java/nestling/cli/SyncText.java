package nestling.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import nestling.backup.ConflictChoices;
import nestling.backup.sync.StickSync;

/** What {@code nestling sync} prints: what the stick held, the conflicts and what was kept, the outcome. */
final class SyncText {
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final PrintWriter out;
    private final java.time.ZoneId zone;

    SyncText(PrintWriter out, java.time.ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    /** A moment as the parent's wall clock shows it, to the second. */
    private String time(java.time.Instant at) {
        return TIME.format(at.atZone(zone));
    }

    void plan(StickSync.Plan plan, Path stick) {
        if (plan.firstUse()) {
            out.println("The stick " + stick + " holds no family file yet: this sync sets it up.");
            return;
        }
        out.println("The stick's family file was written at " + time(plan.stickWrittenAt().orElseThrow()) + ".");
        if (plan.usedOlderCopy()) {
            out.println("Note: the stick's family file was damaged or missing; its older good copy was used."
                    + " This sync writes a new good file.");
        }
    }

    void conflicts(List<ConflictChoices.Versions> conflicts, Function<ConflictChoices.Versions, ConflictChoices.Keep> choice) {
        out.println("Conflicts (changed here and on the stick since this laptop last synced): " + conflicts.size());
        for (ConflictChoices.Versions c : conflicts) {
            ConflictChoices.Keep keep = choice.apply(c);
            boolean stickKept = keep == ConflictChoices.Keep.OTHER || keep == ConflictChoices.Keep.NEWEST && c.otherIsNewer();
            out.println("  " + c.id() + " " + c.kind() + (c.at() == null ? "" : " at " + time(c.at())) + ": changed here at "
                    + time(c.thisChangedAt()) + (c.thisDeleted() ? " (deleted)" : "") + ", on the stick at " + time(c.otherChangedAt())
                    + (c.otherDeleted() ? " (deleted)" : "") + "; keeping " + (stickKept ? "the stick's" : "this laptop's")
                    + (keep == ConflictChoices.Keep.NEWEST ? " (newest)" : " (chosen)"));
        }
        if (!conflicts.isEmpty()) {
            out.println("  (keep the other version with --keep ID=this|stick, or for all with --prefer this|stick)");
        }
    }

    void result(StickSync.Result result, boolean firstUse, boolean separatePassphrase) {
        if (result.merged() != null) {
            out.println("Merged into this laptop and saved:");
            BackupCommands.printCounts(out, result.merged());
        }
        if (result.safetyCopy() != null) {
            out.println("  (to undo on this laptop, restore the safety copy " + result.safetyCopy() + ")");
        }
        if (!result.stickWritten()) {
            out.println("Synced. The stick already held everything of this laptop's; it was left as it was.");
        } else if (firstUse) {
            out.println("Synced. The stick is set up: " + result.file() + " written and verified, encrypted with "
                    + (separatePassphrase ? "the stick's own family passphrase." : "this vault's passphrase."));
        } else {
            out.println("Synced. The stick's family file was written and verified: " + result.file());
        }
    }
}
