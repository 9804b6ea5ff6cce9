package nestling.ui.locked;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nestling.store.LockScreenState.LockedTimer;
import nestling.ui.common.UiContext;

/** The words of a running timer on the lock screen: "Breastfeeding · left · 12 min". */
final class LockedTexts {
    private LockedTexts() {
    }

    static String timer(UiContext context, LockedTimer timer, Instant now) {
        List<String> parts = new ArrayList<>();
        parts.add(context.text("today.timer." + timer.kind().name()));
        if (timer.state().side() != null) {
            parts.add(context.text("today.side." + timer.state().side().name()));
        }
        Duration active = timer.state().active(now.isBefore(timer.startedAt()) ? timer.startedAt() : now);
        parts.add(minutes(context, active));
        if (timer.state().paused()) {
            parts.add(context.text("today.timer.paused"));
        }
        return String.join(" \u00b7 ", parts);
    }

    static String minutes(UiContext context, Duration length) {
        long minutes = length.toMinutes();
        return minutes < 60 ? context.formats().message("locked.minutes", minutes)
                : context.formats().message("locked.hoursMinutes", minutes / 60, minutes % 60);
    }
}
