package nestling.backup;

import java.util.List;
import java.util.Random;
import nestling.store.Database;

/** Random caregiver activity on one laptop: new entries, edits, deletions, with moving clocks. */
final class Edits {
    private Edits() {
    }

    static void randomly(Database database, Random random) {
        List<byte[]> entries = database.read(c -> {
            java.util.ArrayList<byte[]> ids = new java.util.ArrayList<>();
            try (var s = c.createStatement(); var rows = s.executeQuery("SELECT id FROM entry ORDER BY id")) {
                while (rows.next()) {
                    ids.add(rows.getBytes(1));
                }
            }
            return ids;
        });
        byte[] baby = database.read(c -> {
            try (var s = c.createStatement(); var rows = s.executeQuery("SELECT id FROM baby ORDER BY id LIMIT 1")) {
                rows.next();
                return rows.getBytes(1);
            }
        });
        int edits = 1 + random.nextInt(8);
        database.write(c -> {
            for (int i = 0; i < edits; i++) {
                long at = 1_800_000_000_000L + random.nextInt(20); // few distinct times: ties happen
                byte[] id = entries.get(random.nextInt(entries.size()));
                switch (random.nextInt(4)) {
                    case 0 -> Family.insertEntry(c, random, baby, null, false);
                    case 1 -> Family.exec(c, "UPDATE entry SET deleted = 1, updated_at = ? WHERE id = ?", at, id);
                    case 2 -> Family.exec(c, "UPDATE entry SET type = ?, updated_at = ? WHERE id = ?",
                            Family.TYPES[random.nextInt(Family.TYPES.length)], at, id);
                    default -> Family.exec(c, "UPDATE entry SET data = ?, updated_at = ? WHERE id = ?",
                            "{\"amountMl\":" + random.nextInt(300) + "}", at, id);
                }
            }
            return null;
        });
    }
}
