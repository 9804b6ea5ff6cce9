package nestling.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.store.EntryJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one inbox record asks for, as the JSON sealed inside it (docs/vault-format.md section 10):
 * a new entry, or one action on a timer. Ids are chosen when the action is made, so merging it
 * twice finds them and changes nothing.
 */
public sealed interface InboxAction {
    JsonMapper MAPPER = JsonMapper.builder().build();
    int VERSION = 1;

    /** A new entry; {@code by} is a caregiver's id or name (added at the merge if new), or null for the current one. */
    record NewEntry(UUID entryId, UUID babyId, EntryType type, Instant start, Instant end, ZoneOffset offset,
            Instant createdAt, String by, EntryData data) implements InboxAction {
    }

    /** An action on a timer; {@code babyId}, {@code kind}, {@code side} and {@code by} only for a start, {@code entryId} only for a stop. */
    record TimerAction(Op op, UUID timerId, Instant at, ZoneOffset offset, UUID babyId, TimerKind kind, Side side,
            UUID entryId, String by) implements InboxAction {
    }

    /**
     * Takes back an earlier record of the same inbox (the lock screen's Undo): the new entry with id
     * {@code targetId} when {@code op} is null, else the timer action {@code op} on timer
     * {@code targetId} at {@code at} (a cancelled start takes the timer's later actions with it).
     */
    record Cancel(UUID targetId, Op op, Instant at) implements InboxAction {
    }

    enum Op { START, SWITCH_SIDE, PAUSE, RESUME, STOP }

    /** A record whose content cannot be read; the message names the problem, never the data. */
    final class Unreadable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    default byte[] toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("v", VERSION);
        switch (this) {
            case NewEntry e -> {
                node.put("action", "entry").put("entryId", e.entryId().toString()).put("babyId", e.babyId().toString())
                        .put("type", e.type().wireName()).put("start", e.start().toEpochMilli())
                        .put("end", e.end() == null ? null : e.end().toEpochMilli())
                        .put("offset", e.offset().getTotalSeconds()).put("createdAt", e.createdAt().toEpochMilli())
                        .put("by", e.by());
                node.set("data", MAPPER.readTree(EntryJson.write(e.data())));
            }
            case TimerAction t -> node.put("action", "timer").put("op", lower(t.op())).put("timerId", t.timerId().toString())
                    .put("at", t.at().toEpochMilli()).put("offset", t.offset().getTotalSeconds())
                    .put("babyId", text(t.babyId())).put("kind", t.kind() == null ? null : lower(t.kind()))
                    .put("side", t.side() == null ? null : lower(t.side())).put("entryId", text(t.entryId()))
                    .put("by", t.by());
            case Cancel c -> node.put("action", "cancel").put("id", c.targetId().toString())
                    .put("op", c.op() == null ? null : lower(c.op()))
                    .put("at", c.at() == null ? null : c.at().toEpochMilli());
        }
        return MAPPER.writeValueAsBytes(node);
    }

    /** Reads a record's JSON; anything missing or malformed is an IllegalArgumentException that names no data. */
    static InboxAction fromJson(byte[] json) {
        try {
            JsonNode node = MAPPER.readTree(new String(json, StandardCharsets.UTF_8));
            if (node.path("v").asLong(-1) != VERSION) {
                throw new Unreadable("a record version this Nestling does not know");
            }
            return switch (node.path("action").asString("")) {
                case "entry" -> {
                    EntryType type = EntryType.fromWireName(node.path("type").asString(""))
                            .orElseThrow(() -> new Unreadable("an entry type this Nestling does not know"));
                    yield new NewEntry(uuid(node, "entryId"), uuid(node, "babyId"), type, instant(node, "start"),
                            node.path("end").isNull() ? null : instant(node, "end"), offset(node),
                            instant(node, "createdAt"), nullableText(node, "by"),
                            EntryJson.read(type, node.path("data").toString()));
                }
                case "timer" -> new TimerAction(Op.valueOf(upper(node, "op")), uuid(node, "timerId"), instant(node, "at"),
                        offset(node), nullableUuid(node, "babyId"),
                        node.path("kind").isNull() ? null : TimerKind.valueOf(upper(node, "kind")),
                        node.path("side").isNull() ? null : Side.valueOf(upper(node, "side")),
                        nullableUuid(node, "entryId"), nullableText(node, "by"));
                case "cancel" -> node.path("op").isNull()
                        ? new Cancel(uuid(node, "id"), null, null)
                        : new Cancel(uuid(node, "id"), Op.valueOf(upper(node, "op")), instant(node, "at"));
                default -> throw new Unreadable("an action this Nestling does not know");
            };
        } catch (RuntimeException e) { // Jackson's errors too: their messages quote the JSON, so only the kind is kept
            if (e instanceof Unreadable known) {
                throw known;
            }
            throw new Unreadable("its content cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String upper(JsonNode node, String field) {
        return node.path(field).asString("").toUpperCase(Locale.ROOT);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.path(field).asString(""));
    }

    private static UUID nullableUuid(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode() ? null : uuid(node, field);
    }

    private static String nullableText(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode() ? null : node.path(field).asString();
    }

    private static Instant instant(JsonNode node, String field) {
        if (!node.path(field).canConvertToLong()) {
            throw new Unreadable("a time is missing");
        }
        return Instant.ofEpochMilli(node.path(field).asLong());
    }

    private static ZoneOffset offset(JsonNode node) {
        return ZoneOffset.ofTotalSeconds((int) node.path("offset").asLong());
    }
}
