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
}
