package nestling.bench;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.Random;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.SleepPlace;
import nestling.domain.StoolColour;
import nestling.domain.StoolConsistency;
import nestling.domain.TemperatureMethod;
import nestling.store.Database;
import nestling.store.EntryJson;
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

    /**
     * One entry of a type drawn with roughly the frequencies a family logs them, its fields written
     * exactly as the app writes them ({@link EntryJson} of the domain's record, nulls included), so
     * the image has the size a real vault of this many entries has.
     */
    static void add(PreparedStatement insert, Random random, byte[] baby, byte[] caregiver, long at)
            throws java.sql.SQLException {
        int roll = random.nextInt(100);
        Long end = null;
        EntryData data;
        if (roll < 30) {
            data = new EntryData.Bottle(random.nextBoolean() ? BottleContent.FORMULA : BottleContent.BREAST_MILK,
                    60 + random.nextInt(120), null);
        } else if (roll < 40) {
            long minutes = 5 + random.nextInt(25);
            end = at + minutes * 60_000;
            boolean left = random.nextBoolean();
            data = new EntryData.Breastfeeding(left ? minutes * 60 : 0, left ? 0 : minutes * 60, left ? Side.LEFT : Side.RIGHT,
                    0, 0, null);
        } else if (roll < 70) {
            boolean dirty = random.nextBoolean();
            data = new EntryData.Diaper(random.nextBoolean() || !dirty, dirty, false, dirty ? StoolColour.YELLOW : null,
                    dirty ? StoolConsistency.SEEDY : null, false, null);
        } else if (roll < 87) {
            end = at + (20 + random.nextInt(180)) * 60_000L;
            data = new EntryData.Sleep(random.nextBoolean() ? SleepKind.NAP : SleepKind.NIGHT, SleepPlace.CRIB, null);
        } else if (roll < 93) {
            data = new EntryData.Note(NOTES[random.nextInt(NOTES.length)]);
        } else if (roll < 96) {
            data = new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"), DoseUnit.ML, 360, null);
        } else if (roll < 99) {
            data = new EntryData.Temperature(365 + random.nextInt(20), TemperatureMethod.ARMPIT);
        } else {
            data = new EntryData.Growth(3000 + random.nextInt(6000), 480 + random.nextInt(250), LengthPosition.LYING, null, null);
        }
        EntryRows.add(insert, baby, caregiver, data.type().wireName(), at, end, EntryJson.write(data));
    }
}
