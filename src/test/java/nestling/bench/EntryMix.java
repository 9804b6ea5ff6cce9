package nestling.bench;

import java.sql.PreparedStatement;
import java.util.Random;
import nestling.store.Database;
import nestling.testsupport.EntryRows;

/**
 * Fills a database with a realistic mix of entries for several babies over the months they cover:
 * mostly bottles, diapers and sleeps (a newborn logs 15–25 of those a day), some breast feeds,
 * notes of about 40 characters, medicine, temperature and growth.
 */
final class EntryMix {
    private static final String[] NOTES = {
        "Fussy after the evening bottle, calmed by 8",
        "First real smile at grandma this afternoon!",
        "Slight rash on the cheek, keep an eye on it",
        "Slept in the car seat on the way home today",
    };

    private EntryMix() {
    }

    static void fill(Database database, int entries, long seed) {
        Random random = new Random(seed);
        byte[][] babies = {EntryRows.uuid(), EntryRows.uuid(), EntryRows.uuid()};
        byte[][] caregivers = {EntryRows.uuid(), EntryRows.uuid()};
        database.write(c -> {
            try (PreparedStatement baby = c.prepareStatement("INSERT INTO baby(id, name, birth_at, birth_offset, sex,"
                    + " created_at, updated_at) VALUES (?, ?, ?, 3600, ?, ?, ?)");
                    PreparedStatement caregiver = c.prepareStatement("INSERT INTO caregiver(id, name, created_at,"
                            + " updated_at) VALUES (?, ?, 0, 0)")) {
                for (int i = 0; i < babies.length; i++) {
                    baby.setBytes(1, babies[i]);
                    baby.setString(2, "Baby " + (char) ('A' + i));
                    baby.setLong(3, 1_600_000_000_000L + i * 40_000_000_000L);
                    baby.setString(4, i % 2 == 0 ? "F" : "M");
                    baby.setLong(5, 1_600_000_000_000L);
                    baby.setLong(6, 1_600_000_000_000L);
                    baby.executeUpdate();
                }
                for (int i = 0; i < caregivers.length; i++) {
                    caregiver.setBytes(1, caregivers[i]);
                    caregiver.setString(2, i == 0 ? "Sam" : "Alex");
                    caregiver.executeUpdate();
                }
            }
            try (PreparedStatement insert = EntryRows.prepare(c)) {
                long at = 1_600_000_000_000L;
                for (int i = 0; i < entries; i++) {
                    at += 20 * 60_000L + random.nextInt(60 * 60_000);
                    add(insert, random, babies[random.nextInt(babies.length)],
                            caregivers[random.nextInt(caregivers.length)], at);
                }
            }
            return null;
        });
    }

    /** One entry of a type drawn with roughly the frequencies a family logs them. */
    static void add(PreparedStatement insert, Random random, byte[] baby, byte[] caregiver, long at)
            throws java.sql.SQLException {
        int roll = random.nextInt(100);
        if (roll < 30) {
            EntryRows.add(insert, baby, caregiver, "bottle", at, null,
                    "{\"content\":\"" + (random.nextBoolean() ? "formula" : "breast milk") + "\",\"ml\":" + (60 + random.nextInt(120)) + "}");
        } else if (roll < 40) {
            long minutes = 5 + random.nextInt(25);
            EntryRows.add(insert, baby, caregiver, "breast", at, at + minutes * 60_000,
                    "{\"side\":\"" + (random.nextBoolean() ? "left" : "right") + "\"}");
        } else if (roll < 70) {
            EntryRows.add(insert, baby, caregiver, "diaper", at, null,
                    "{\"wet\":" + random.nextBoolean() + ",\"dirty\":" + random.nextBoolean() + "}");
        } else if (roll < 87) {
            long minutes = 20 + random.nextInt(180);
            EntryRows.add(insert, baby, caregiver, "sleep", at, at + minutes * 60_000, "{\"place\":\"crib\"}");
        } else if (roll < 93) {
            EntryRows.add(insert, baby, caregiver, "note", at, null,
                    "{\"text\":\"" + NOTES[random.nextInt(NOTES.length)] + "\"}");
        } else if (roll < 96) {
            EntryRows.add(insert, baby, caregiver, "medicine", at, null,
                    "{\"name\":\"Paracetamol\",\"dose\":\"2.5 ml\"}");
        } else if (roll < 99) {
            EntryRows.add(insert, baby, caregiver, "temperature", at, null, "{\"deciC\":" + (365 + random.nextInt(20)) + "}");
        } else {
            EntryRows.add(insert, baby, caregiver, "growth", at, null,
                    "{\"weightG\":" + (3000 + random.nextInt(6000)) + ",\"lengthMm\":" + (480 + random.nextInt(250)) + "}");
        }
    }
}
