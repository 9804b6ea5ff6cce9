package nestling.imports.nara;

import java.nio.file.Path;
import java.util.List;
import nestling.imports.ExportFiles;

/** A Nara export folder of two children: Ada's file (with her profile) and Ben's (no profile row). */
public final class NaraFiles {
    private NaraFiles() {
    }

    public static void twoChildren(Path folder) throws Exception {
        NaraFormatTest.adaFile(folder);
        ExportFiles.write(folder.resolve("Ben.csv"), List.of(ExportFiles.naraHeader(),
                ExportFiles.naraRow(NaraFormatTest.row("Diaper", "b1", NaraFormatTest.T, "Profile Name", "Ben",
                        "_profileKey", "p-ben", "[Diaper] Type", "Wet")),
                ExportFiles.naraRow(NaraFormatTest.row("Sleep", "b2", NaraFormatTest.T, "Profile Name", "Ben",
                        "_profileKey", "p-ben", "[Sleep] Duration (Seconds)", "3600"))));
    }

    /** Ada's file: her profile (born 2024-01-05), a diaper dated 2023-12-20 (line 3) and one after her birth. */
    public static void adaWithARowBeforeHerBirth(Path folder) throws Exception {
        long early = java.time.Instant.parse("2023-12-20T15:00:00Z").toEpochMilli(); // 10:00 in New York
        ExportFiles.write(folder.resolve("Ada.csv"), List.of(ExportFiles.naraHeader(),
                ExportFiles.naraRow(NaraFormatTest.row("Profile", "prof", NaraFormatTest.T, "[Profile] Birth Date",
                        "2024-01-05")),
                ExportFiles.naraRow(NaraFormatTest.row("Diaper", "e1", early, "[Diaper] Type", "Wet")),
                ExportFiles.naraRow(NaraFormatTest.row("Diaper", "e2", NaraFormatTest.T, "[Diaper] Type", "Wet"))));
    }
}
