package nestling.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nestling.domain.Baby;
import nestling.vault.AtomicFileWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code nestling.lock-screen}: the one plaintext file beside the vault, so that logging while
 * locked knows the babies without the passphrase: each active baby's id and name, nothing else
 * (SECURITY.md). Written at unlock and at lock while the setting {@value #SETTING} is not "off";
 * deleted when it is.
 */
public final class LockScreenFile {
    public static final String NAME = "nestling.lock-screen";
    /** "off" turns logging while locked off: no lock-screen file (the default is on). */
    public static final String SETTING = "inbox.log_while_locked";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A baby as the locked side knows it. */
    public record LockedBaby(UUID id, String name) {
    }

    private LockScreenFile() {
    }

    public static Path path(Path directory) {
        return directory.resolve(NAME);
    }

    public static boolean enabled(Database database) {
        return !"off".equals(database.read(c -> Settings.get(c, SETTING)).orElse("on"));
    }

    /** Brings the file in line with the vault: the babies when the setting is on, no file when off. */
    public static void update(Path directory, Database database) throws IOException {
        if (!enabled(database)) {
            Files.deleteIfExists(path(directory));
            return;
        }
        List<Baby> babies = database.read(c -> BabyRepository.all(c, false));
        ObjectNode root = MAPPER.createObjectNode().put("format", 1);
        ArrayNode list = root.putArray("babies");
        for (Baby baby : babies) {
            list.addObject().put("id", baby.meta().id().toString()).put("name", baby.name());
        }
        byte[] content = MAPPER.writeValueAsBytes(root);
        try {
            if (Arrays.equals(Files.readAllBytes(path(directory)), content)) {
                return;
            }
        } catch (NoSuchFileException none) {
            // written below
        }
        AtomicFileWriter.writeAtomically(path(directory), content, AtomicFileWriter.Faults.NONE);
    }

    /** The babies the file names; empty when there is no file (logging while locked is off, or never unlocked). */
    public static List<LockedBaby> read(Path directory) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path(directory));
        } catch (NoSuchFileException none) {
            return List.of();
        }
        List<LockedBaby> babies = new ArrayList<>();
        try {
            for (JsonNode baby : MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8)).path("babies")) {
                babies.add(new LockedBaby(UUID.fromString(baby.path("id").asString()), baby.path("name").asString()));
            }
        } catch (RuntimeException e) {
            throw new IOException(NAME + " is damaged (" + e.getClass().getSimpleName() + "); unlock once to write it again");
        }
        return babies;
    }
}
