package nestling.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nestling.domain.BottleContent;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.domain.TimerState;
import nestling.domain.UnitSystem;
import nestling.store.LockScreenState.LockedBaby;
import nestling.store.LockScreenState.LockedTimer;
import org.junit.jupiter.api.Test;

/**
 * The lock-screen file's bytes: written and read token by token (no object mapper at a command's
 * start or on the window's lock screen, issue 20), they are the ones the object mapper wrote before,
 * so a vault's file is not rewritten for nothing after an update, and they read back as the same
 * state; older and newer files read as far as they can, damaged ones are refused.
 */
class LockScreenStateJsonTest {
    private static final Instant STARTED = Instant.parse("2026-03-01T02:10:00Z");

    private static LockScreenState state() {
        LockedTimer paused = new LockedTimer(UUID.fromString("00000000-0000-4000-8000-000000000003"), TimerKind.BREASTFEEDING,
                STARTED, new TimerState(Side.LEFT, null, STARTED.plusSeconds(300).toEpochMilli(), 120_000, 60_000, 0, 0, 1));
        LockedTimer running = new LockedTimer(UUID.fromString("00000000-0000-4000-8000-000000000004"), TimerKind.SLEEP,
                STARTED, TimerState.started(STARTED, null));
        LockedBaby ada = new LockedBaby(UUID.fromString("00000000-0000-4000-8000-000000000001"), "Ada \"Bea\" \\ é 🍼\n",
                120, BottleContent.FORMULA, Side.RIGHT, List.of(paused, running));
        LockedBaby sam = new LockedBaby(UUID.fromString("00000000-0000-4000-8000-000000000002"), "Sam", null, null, null,
                List.of());
        return new LockScreenState(UUID.fromString("00000000-0000-4000-8000-000000000009"), UnitSystem.IMPERIAL, "dark",
                List.of(ada, sam));
    }

    @Test
    void writesTheBytesTheObjectMapperWroteAndReadsThemBack() {
        // as JsonMapper.writeValueAsBytes(tree) wrote it before this change
        String expected = "{\"format\":2,\"caregiver\":\"00000000-0000-4000-8000-000000000009\",\"units\":\"IMPERIAL\",\"theme\":\"dark\","
                + "\"babies\":[{\"id\":\"00000000-0000-4000-8000-000000000001\",\"name\":\"Ada \\\"Bea\\\" \\\\ é 🍼\\n\","
                + "\"bottleMl\":120,\"bottleContent\":\"FORMULA\",\"nextSide\":\"RIGHT\",\"timers\":["
                + "{\"id\":\"00000000-0000-4000-8000-000000000003\",\"kind\":\"BREASTFEEDING\",\"startedAt\":1772331000000,"
                + "\"state\":{\"side\":\"LEFT\",\"segmentStartMs\":null,\"pausedAtMs\":1772331300000,\"leftMs\":120000,"
                + "\"rightMs\":60000,\"otherMs\":0,\"pausedMs\":0,\"sideSwitches\":1}},"
                + "{\"id\":\"00000000-0000-4000-8000-000000000004\",\"kind\":\"SLEEP\",\"startedAt\":1772331000000,"
                + "\"state\":{\"side\":null,\"segmentStartMs\":1772331000000,\"pausedAtMs\":null,\"leftMs\":0,\"rightMs\":0,"
                + "\"otherMs\":0,\"pausedMs\":0,\"sideSwitches\":0}}]},"
                + "{\"id\":\"00000000-0000-4000-8000-000000000002\",\"name\":\"Sam\",\"bottleMl\":null,\"bottleContent\":null,"
                + "\"nextSide\":null,\"timers\":[]}]}";
        byte[] json = state().toJson();
        assertEquals(expected, new String(json, StandardCharsets.UTF_8));
        assertEquals(state(), LockScreenState.fromJson(json));
        LockScreenState bare = new LockScreenState(null, UnitSystem.METRIC, null, List.of());
        assertEquals("{\"format\":2,\"caregiver\":null,\"units\":\"METRIC\",\"theme\":null,\"babies\":[]}",
                new String(bare.toJson(), StandardCharsets.UTF_8));
        assertEquals(bare, LockScreenState.fromJson(bare.toJson()));
    }

    @Test
    void readsFormatOneAndSkipsWhatItDoesNotKnow() {
        // format 1: ids and names only; a later version's fields (nested ones too) are passed over
        String formatOne = "{\"format\":1,\"babies\":[{\"id\":\"00000000-0000-4000-8000-000000000001\",\"name\":\"Ada\","
                + "\"later\":{\"list\":[1,2.5,true,false,null,{\"deep\":[]}]}}],\"extra\":\"x\"}";
        LockScreenState read = LockScreenState.fromJson(formatOne.getBytes(StandardCharsets.UTF_8));
        assertEquals(new LockScreenState(null, UnitSystem.METRIC, null, List.of(new LockedBaby(
                UUID.fromString("00000000-0000-4000-8000-000000000001"), "Ada", null, null, null, List.of()))), read);
    }

    @Test
    void refusesWhatIsNotALockScreenFile() {
        for (String damaged : List.of("", "{\"babies\":[{\"id\":", "[1,2]", "{\"babies\":[{\"name\":\"no id\"}]}",
                "{\"babies\":[{\"id\":\"00000000-0000-4000-8000-000000000001\",\"timers\":[{\"kind\":\"NAP\"}]}]}",
                "{} {}")) {
            assertThrows(RuntimeException.class, () -> LockScreenState.fromJson(damaged.getBytes(StandardCharsets.UTF_8)),
                    damaged);
        }
    }
}
