package nestling.backup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nestling.testsupport.PropertyCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One way to spoil a good backup, from plain byte damage (cut, overwrite, delete, insert) to damage
 * that keeps the JSON well-formed (a field set to a value of the wrong kind, removed, added; a
 * record twice; a header changed; a field inside an entry's {@code data} set to a value of the wrong
 * kind or range), and for an encrypted file: cut anywhere or at a chunk boundary,
 * a flipped bit, bytes appended, chunks swapped or dropped. {@code at}, {@code length} and
 * {@code variant} are read modulo what the file offers, so every combination is a valid case.
 */
record BackupMutation(Kind kind, int at, int length, int variant) implements PropertyCheck.Shrinkable<BackupMutation> {
    /** The encrypted container: a header, then chunks of 64 KiB of ciphertext plus a 16-byte tag. */
    static final int HEADER = 176;
    static final int CHUNK = 65536;
    private static final int SEALED_CHUNK = CHUNK + 16;

    enum Kind { TRUNCATE, SET_BYTE, DELETE_SPAN, INSERT_SNIPPET, SWAP_DIGIT, SET_FIELD, REMOVE_FIELD, ADD_FIELD,
        DUPLICATE_RECORD, SET_HEADER, SET_DATA_FIELD, SEALED_TRUNCATE, SEALED_CUT_AT_CHUNK, SEALED_FLIP, SEALED_APPEND,
        SEALED_SWAP_CHUNKS, SEALED_DROP_CHUNK }

    private static final Kind[] PLAIN = {Kind.TRUNCATE, Kind.SET_BYTE, Kind.DELETE_SPAN, Kind.INSERT_SNIPPET,
        Kind.SWAP_DIGIT, Kind.SET_FIELD, Kind.SET_FIELD, Kind.SET_FIELD, Kind.REMOVE_FIELD, Kind.ADD_FIELD,
        Kind.DUPLICATE_RECORD, Kind.SET_HEADER, Kind.SET_DATA_FIELD};
    private static final Kind[] SEALED = {Kind.SEALED_TRUNCATE, Kind.SEALED_CUT_AT_CHUNK, Kind.SEALED_FLIP,
        Kind.SEALED_FLIP, Kind.SEALED_APPEND, Kind.SEALED_SWAP_CHUNKS, Kind.SEALED_DROP_CHUNK};
    private static final String[] SNIPPETS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e309",
        "\"id\"", "\"deleted\"", "99999999999999999999", "\\u0000", "\"schemaVersion\":1,", "\uFEFF", "\u00e9"};
    private static final String[] TABLES = {"caregivers", "babies", "activityTypes", "entries", "timers"};
    private static final String[] HEADER_KEYS = {"format", "formatVersion", "schemaVersion", "createdAt", "app",
        "source", "counts"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static BackupMutation plain(byte[] good, Random random) {
        return new BackupMutation(PLAIN[random.nextInt(PLAIN.length)], random.nextInt(good.length),
                1 + random.nextInt(40), random.nextInt(1 << 20));
    }

    static BackupMutation sealed(byte[] good, Random random) {
        return new BackupMutation(SEALED[random.nextInt(SEALED.length)], random.nextInt(good.length),
                1 + random.nextInt(40), random.nextInt(1 << 20));
    }

    /** Bytes are not shrunk: a case is small enough to read as it is. */
    @Override
    public List<BackupMutation> smaller() {
        return List.of();
    }

    byte[] apply(byte[] good) {
        byte[] bytes = good.clone();
        int chunks = Math.max(1, (good.length - HEADER) / SEALED_CHUNK);
        return switch (kind) {
            case TRUNCATE, SEALED_TRUNCATE -> Arrays.copyOf(bytes, at);
            case SET_BYTE -> {
                bytes[at] = (byte) variant;
                yield bytes;
            }
            case DELETE_SPAN -> splice(bytes, at, Math.min(length, bytes.length - at), new byte[0]);
            case INSERT_SNIPPET -> splice(bytes, at, 0, SNIPPETS[variant % SNIPPETS.length].getBytes(StandardCharsets.UTF_8));
            case SWAP_DIGIT -> {
                // values change but stay well-formed (time stamps, counts, versions, amounts)
                for (int i = at; i < bytes.length; i++) {
                    if (bytes[i] >= '0' && bytes[i] <= '9') {
                        bytes[i] = (byte) ('0' + variant % 10);
                        break;
                    }
                }
                yield bytes;
            }
            case SET_FIELD, REMOVE_FIELD, ADD_FIELD, DUPLICATE_RECORD, SET_HEADER, SET_DATA_FIELD -> tree(good);
            case SEALED_CUT_AT_CHUNK -> Arrays.copyOf(bytes, Math.max(0, HEADER + (at % (chunks + 1)) * SEALED_CHUNK
                    + variant % 3 - 1));
            case SEALED_FLIP -> {
                bytes[at] ^= (byte) (1 << variant % 8);
                yield bytes;
            }
            case SEALED_APPEND -> splice(bytes, bytes.length, 0, Arrays.copyOf(bytes, length));
            case SEALED_SWAP_CHUNKS -> {
                int a = at % chunks;
                int b = (a + 1 + variant % Math.max(1, chunks - 1)) % (chunks + 1);
                byte[] copy = bytes.clone();
                int lengthA = Math.min(SEALED_CHUNK, bytes.length - HEADER - a * SEALED_CHUNK);
                int lengthB = Math.min(SEALED_CHUNK, bytes.length - HEADER - b * SEALED_CHUNK);
                int swapped = Math.min(lengthA, lengthB);
                System.arraycopy(bytes, HEADER + a * SEALED_CHUNK, copy, HEADER + b * SEALED_CHUNK, swapped);
                System.arraycopy(bytes, HEADER + b * SEALED_CHUNK, copy, HEADER + a * SEALED_CHUNK, swapped);
                yield a == b ? flipLast(copy) : copy;
            }
            case SEALED_DROP_CHUNK -> splice(bytes, HEADER + (at % chunks) * SEALED_CHUNK, SEALED_CHUNK, new byte[0]);
        };
    }

    /** The JSON-aware kinds: the result parses, but breaks a rule of the format. */
    private byte[] tree(byte[] good) {
        ObjectNode root = (ObjectNode) JSON.readTree(good);
        if (kind == Kind.SET_HEADER) {
            weird(root, HEADER_KEYS[at % HEADER_KEYS.length]);
            return JSON.writeValueAsBytes(root);
        }
        if (kind == Kind.SET_DATA_FIELD) {
            // the record stays well-formed for every column check; only the app's own decoders and rules see it
            ArrayNode entries = (ArrayNode) root.get("entries");
            ObjectNode entry = (ObjectNode) entries.get(at % entries.size());
            ObjectNode data = (ObjectNode) entry.get("data");
            List<String> names = new ArrayList<>(data.propertyNames());
            weird(data, names.get(length % names.size()));
            return JSON.writeValueAsBytes(root);
        }
        List<ArrayNode> tables = new ArrayList<>();
        for (String table : TABLES) {
            if (root.get(table) instanceof ArrayNode records && !records.isEmpty()) {
                tables.add(records);
            }
        }
        ArrayNode records = tables.get(variant % tables.size());
        ObjectNode record = (ObjectNode) records.get(at % records.size());
        List<String> fields = new ArrayList<>(record.propertyNames());
        String field = fields.get(length % fields.size());
        switch (kind) {
            case SET_FIELD -> weird(record, field);
            case REMOVE_FIELD -> record.remove(field);
            case ADD_FIELD -> record.put("note" + variant % 3, variant);
            default -> records.add(record.deepCopy());
        }
        return JSON.writeValueAsBytes(root);
    }

    /** A value of the wrong kind or out of range for most fields. */
    private void weird(ObjectNode node, String field) {
        switch (variant % 12) {
            case 0 -> node.putNull(field);
            case 1 -> node.put(field, -1);
            case 2 -> node.put(field, Long.MAX_VALUE);
            case 3 -> node.put(field, 1.5);
            case 4 -> node.put(field, "");
            case 5 -> node.put(field, "not-a-uuid");
            case 6 -> node.put(field, true);
            case 7 -> node.putObject(field);
            case 8 -> node.putArray(field).add(1);
            case 9 -> node.put(field, "x".repeat(70_000));
            case 10 -> node.put(field, 0);
            default -> node.put(field, "2026-13-45T99:00:00Z");
        }
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    private static byte[] flipLast(byte[] bytes) {
        bytes[bytes.length - 1] ^= 1;
        return bytes;
    }

    @Override
    public String toString() {
        return kind + "(at " + at + ", length " + length + ", variant " + variant + ")";
    }
}
