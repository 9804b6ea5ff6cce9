package nestling.ui.today;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nestling.ui.common.UiContext;

/**
 * The dashboard's rule against slips: a quick log repeated within {@link #REPEAT_WINDOW} (the same
 * kind for this baby: a double-click, Space on the still-focused button, a key held down) is
 * ignored, and the bar says so instead. The clock is the context's, so a test moves it instead of
 * sleeping; what was asked for when is kept in memory only.
 */
final class QuickRepeats {
    /** A repeat of the same quick log this soon is taken for a slip, not a second diaper. */
    static final Duration REPEAT_WINDOW = Duration.ofSeconds(2);
    private final UiContext context;
    private final String babyName;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "repeatNotice", "");
    private final Map<Quick, Instant> lastAsked = new EnumMap<>(Quick.class);

    /** The one-click logs the repeat rule knows apart; a timer's start and its toggle key share one. */
    enum Quick {
        WET("today.logged.wet"), DIRTY("today.logged.dirty"), WET_DIRTY("today.logged.wetDirty"),
        BOTTLE("today.logged.bottle"), SLEEP("today.logged.sleepStarted"), BREAST("today.logged.breastStarted");

        private final String what;

        Quick(String what) {
            this.what = what;
        }

        /** The bundle key of what the bar says was done. */
        String what() {
            return what;
        }
    }

    QuickRepeats(UiContext context, String babyName) {
        this.context = context;
        this.babyName = babyName;
    }

    /**
     * Whether {@code quick} was asked for less than {@link #REPEAT_WINDOW} ago; then the notice says
     * so. Otherwise remembers this time and clears the notice.
     */
    boolean repeated(Quick quick) {
        Instant now = context.clock().instant();
        Instant before = lastAsked.get(quick);
        if (before != null && !now.isBefore(before) && Duration.between(before, now).compareTo(REPEAT_WINDOW) < 0) {
            notice.set(context.formats().message("today.logged.repeat", Duration.between(before, now).toSeconds(),
                    context.text("today.repeat." + quick.name()), babyName));
            return true;
        }
        lastAsked.put(quick, now);
        notice.set("");
        return false;
    }

    /** Forgets every time asked: what was taken back, or never logged, may be logged again at once. */
    void forget() {
        lastAsked.clear();
    }

    void clearNotice() {
        notice.set("");
    }

    /** "Already logged 1 s ago: wet diaper for Ada" after an ignored repeat; else empty. */
    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
