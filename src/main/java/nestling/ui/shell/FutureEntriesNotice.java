package nestling.ui.shell;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nestling.store.Database;
import nestling.store.FutureEntries;
import nestling.ui.common.Formats;
import nestling.ui.common.UiContext;

/**
 * "2 entries are dated in the future … find them in History from Jun 1, 2150": entries logged while
 * the computer's clock was set far ahead stay in the vault (and its backups) until a parent fixes
 * their time. This notice tells the parent after unlock, knows the day the History should start
 * from, and goes by itself once they are fixed (or when dismissed, until the next unlock).
 */
final class FutureEntriesNotice {
    /** What counts as the future: as {@code nestling check}, more than a day ahead of the clock. */
    static final Duration MARGIN = Duration.ofDays(1);

    private final UiContext context;
    private final Database database;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private LocalDate firstDay;
    private boolean dismissed;

    FutureEntriesNotice(UiContext context, Database database) {
        this.context = context;
        this.database = database;
    }

    /** Counts them again in the background (after unlock and after every change). */
    void refresh() {
        if (dismissed) {
            return;
        }
        Instant after = context.clock().instant().plus(MARGIN);
        context.tasks().run(() -> new Found(FutureEntries.count(database, after),
                FutureEntries.earliestStart(database, after)), this::show, failure -> { });
    }

    private record Found(long count, Optional<Instant> earliest) {
    }

    private void show(Found found) {
        if (dismissed || found.count() == 0 || found.earliest().isEmpty()) {
            firstDay = null;
            text.set("");
            return;
        }
        firstDay = LocalDate.ofInstant(found.earliest().get(), context.clock().getZone());
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Formats.locale(context.bundle())).format(firstDay);
        text.set(context.formats().message("shell.future", found.count(), day));
    }

    void dismiss() {
        dismissed = true;
        text.set("");
    }

    /** The local day of the earliest such entry; null while there are none. */
    LocalDate firstDay() {
        return firstDay;
    }

    /** The notice, or "" when there is nothing to say. */
    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
