package nestling.journal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nestling.store.Database;
import nestling.store.Settings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records logged while locked that wait for the parent's word, inside the encrypted vault: those
 * that opened although the public key beside the vault had been replaced (whoever replaced it may
 * have written them), and what the last unlock could not merge (how many were refused, where the
 * copy is). They stay until the parent accepts or drops each, so a kill before the choice loses
 * nothing; accepting applies and forgets a record in one transaction, so it is merged exactly once.
 * Kept under {@code backup.}, the vault's own bookkeeping, which no backup carries.
 */
public final class HeldInbox {
    static final String HELD = "backup.inbox.held";
    static final String TOLD = "backup.inbox.refused";

    /** One held record: {@code key} is its record tag (hex), stable when the same inbox is read again. */
    public record Held(String key, InboxAction action) {
    }

    /** What the parent is to be told: records refused at unlock (and the copy), a key found replaced; names no data. */
    public record Refusals(int count, String keptAs, boolean keyReplaced) {
    }

    /** Accept's outcome: how many merged, how many refused now (e.g. they overlap an entry), with why. */
    public record Accepted(int merged, int alreadyThere, List<String> refusedBecause) {
    }

    /**
     * A held record as the parent decides on it (the window's list and {@code nestling held list}): when
     * it happened, at the offset it was logged at, and the baby it is about (a timer's change names
     * the baby only through its start: null when that start is not held too).
     */
    public record Shown(String key, InboxAction action, Instant at, ZoneOffset offset, UUID babyId) {
    }

    private HeldInbox() {
    }

    public static List<Held> list(Database database) {
        return database.read(HeldInbox::list);
    }

    /** The held records a parent decides on, in order; the lock screen's Undo records are not among them. */
    public static List<Shown> shown(List<Held> held) {
        Map<UUID, UUID> timerBabies = new HashMap<>();
        for (Held h : held) {
            if (h.action() instanceof InboxAction.TimerAction t && t.babyId() != null) {
                timerBabies.put(t.timerId(), t.babyId());
            }
        }
        List<Shown> shown = new ArrayList<>();
        for (Held h : held) {
            switch (h.action()) {
                case InboxAction.NewEntry e -> shown.add(new Shown(h.key(), e, e.start(), e.offset(), e.babyId()));
                case InboxAction.TimerAction t -> shown.add(new Shown(h.key(), t, t.at(), t.offset(),
                        timerBabies.getOrDefault(t.timerId(), t.babyId())));
                case InboxAction.Cancel c -> {
                    // taken back on the lock screen: nothing to decide
                }
            }
        }
        return shown;
    }

    public static Optional<Refusals> refusals(Database database) {
        return database.read(c -> Settings.get(c, TOLD).map(text -> {
            JsonNode node = InboxAction.MAPPER.readTree(text);
            return new Refusals(node.path("count").asInt(), node.path("keptAs").asString(""),
                    node.path("keyReplaced").asBoolean(false));
        }));
    }

    /** The parent has read about the refused records: not told again. */
    public static void forgetRefusals(Database database) {
        database.write(c -> {
            Settings.remove(c, TOLD);
            return null;
        });
    }

    /** Adds {@code records} (by key: a record held already is not added twice) in the merge's transaction. */
    static void hold(Connection c, Map<String, InboxAction> records) throws SQLException {
        Map<String, InboxAction> all = new LinkedHashMap<>();
        for (Held held : list(c)) {
            all.put(held.key(), held.action());
        }
        records.forEach(all::putIfAbsent);
        write(c, all);
    }

    /** Adds {@code count} refused records (kept as {@code keptAs}) and a replaced key to what the parent is told. */
    static void noteRefused(Connection c, int count, String keptAs, boolean keyReplaced) throws SQLException {
        Optional<JsonNode> before = Settings.get(c, TOLD).map(InboxAction.MAPPER::readTree);
        ObjectNode node = InboxAction.MAPPER.createObjectNode()
                .put("count", before.map(b -> b.path("count").asInt()).orElse(0) + count)
                .put("keptAs", count > 0 ? keptAs : before.map(b -> b.path("keptAs").asString("")).orElse(""))
                .put("keyReplaced", keyReplaced || before.map(b -> b.path("keyReplaced").asBoolean(false)).orElse(false));
        Settings.put(c, TOLD, node.toString());
    }

    /**
     * Merges the held records with these keys (exactly once) and forgets them, all in one transaction;
     * a new caregiver a record names is added in it only when one of their records is merged.
     */
    public static Accepted accept(Journal journal, Database database, Set<String> keys, Instant now) {
        List<InboxAction> chosen = database.read(c -> list(c)).stream().filter(h -> keys.contains(h.key()))
                .map(Held::action).toList();
        InboxApply.Caregivers caregivers = InboxApply.caregivers(journal, chosen, now); // added only if merged
        return database.write(c -> {
            List<Held> held = list(c);
            List<InboxAction> actions = held.stream().filter(h -> keys.contains(h.key())).map(Held::action).toList();
            List<String> refused = new ArrayList<>();
            int merged = 0;
            int already = 0;
            for (InboxApply.Outcome outcome : InboxApply.apply(c, journal, actions, caregivers, now)) {
                if (outcome.refusedBecause() != null) {
                    refused.add(outcome.refusedBecause());
                } else if (outcome.merged()) {
                    merged++;
                } else {
                    already++;
                }
            }
            forget(c, held, keys);
            return new Accepted(merged, already, refused);
        });
    }

    /** Forgets the held records with these keys: they are never merged. */
    public static void drop(Database database, Set<String> keys) {
        database.write(c -> {
            forget(c, list(c), keys);
            return null;
        });
    }

    private static void forget(Connection c, List<Held> held, Collection<String> keys) throws SQLException {
        Map<String, InboxAction> rest = new LinkedHashMap<>();
        for (Held h : held) {
            if (!keys.contains(h.key())) {
                rest.put(h.key(), h.action());
            }
        }
        write(c, rest);
    }

    private static List<Held> list(Connection c) throws SQLException {
        List<Held> held = new ArrayList<>();
        Optional<String> text = Settings.get(c, HELD);
        if (text.isPresent()) {
            for (JsonNode node : InboxAction.MAPPER.readTree(text.get())) {
                held.add(new Held(node.path("key").asString(), InboxAction.fromJson(
                        node.path("record").toString().getBytes(StandardCharsets.UTF_8))));
            }
        }
        return held;
    }

    private static void write(Connection c, Map<String, InboxAction> records) throws SQLException {
        if (records.isEmpty()) {
            Settings.remove(c, HELD);
            return;
        }
        ArrayNode array = InboxAction.MAPPER.createArrayNode();
        records.forEach((key, action) -> array.addObject().put("key", key)
                .set("record", InboxAction.MAPPER.readTree(action.toJson())));
        Settings.put(c, HELD, array.toString());
    }
}
