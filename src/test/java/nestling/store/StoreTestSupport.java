package nestling.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import nestling.vault.VaultOptions;

/** Small helpers shared by the store tests: a fast KDF and a marker table written with plain SQL. */
final class StoreTestSupport {
    static final char[] PASS = "correct horse battery".toCharArray();

    private StoreTestSupport() {
    }

    static VaultOptions fastOptions() {
        return VaultOptions.defaults().withFastKdfForTests();
    }

    /** Logs a note-like setting row; the value is the marker tests look for. */
    static void putSetting(Database database, String key, String value) {
        database.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, value);
                return insert.executeUpdate();
            }
        });
    }

    /** The keys of the rows a test wrote (not the inbox key pair every vault has). */
    static List<String> settingKeys(Database database) {
        return database.read(c -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT key FROM setting WHERE key NOT LIKE 'backup.inbox.%' ORDER BY key");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        });
    }

    static byte[] utf16(String text, boolean bigEndian) {
        return text.getBytes(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    }
}
