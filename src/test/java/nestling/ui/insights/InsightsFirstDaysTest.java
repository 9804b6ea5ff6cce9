package nestling.ui.insights;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.insights.Metric;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.UiContext;
import nestling.ui.testing.MutableClock;
import nestling.ui.testing.UiTesting;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * A family that began logging three days ago: the averages are over those three days and say so,
 * not over 7 or 30 days as if the baby had not been fed before ("Feeds: 0 a day").
 */
class InsightsFirstDaysTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @TempDir
    Path dir;

    private final MutableClock clock = (MutableClock) new MutableClock(Instant.parse("2026-03-20T19:00:00Z"))
            .withZone(BERLIN);
    private final Database database = Database.createEmpty();
    private UiContext context;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() {
        if (context != null) {
            context.tasks().close();
        }
        database.close();
    }

    /** Six bottles of 100 ml a day from {@code first} to today (its evening not yet). */
    private Baby loggedFrom(LocalDate first) {
        Journal journal = Journal.of(database, clock);
        Baby ada = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.ofHours(1),
                Sex.FEMALE, null);
        UUID id = ada.meta().id();
        for (LocalDate day = first; !day.isAfter(TODAY); day = day.plusDays(1)) {
            for (int hour : new int[] {1, 5, 9, 13, 17, 21}) {
                Instant at = day.atTime(hour, 0).atZone(BERLIN).toInstant();
                if (at.isBefore(clock.instant())) {
                    journal.entries().log(id, at, null, new EntryData.Bottle(BottleContent.FORMULA, 100, null));
                }
            }
        }
        return ada;
    }

    private InsightsData load(ResourceBundle bundle, Baby baby) {
        context = new UiContext(bundle, dir, VaultOptions.defaults(), new BackgroundTasks(), clock, Duration.ofMillis(40));
        InsightsViewModel model = onFx(() -> new InsightsViewModel(context, database));
        fx(() -> model.babyProperty().set(baby));
        UiTesting.waitUntil("loaded", () -> model.dataProperty().get() != null);
        return onFx(() -> model.dataProperty().get());
    }

    @Test
    void threeDaysOfLoggingReadAsThreeDays() {
        InsightsData data = load(UiContext.defaultBundle(), loggedFrom(LocalDate.of(2026, 3, 17)));
        InsightsText text = new InsightsText(context);
        assertEquals("Feeds: 6 a day over 3 days", text.average(Metric.FEEDS, data.week(), data.month()));
        assertEquals("Bottle: 600 ml a day over 3 days", text.average(Metric.BOTTLE_ML, data.week(), data.month()));
        assertEquals("Up to yesterday, from Mar 17, 2026 on: the days before the first entry (or the birth) do not count.",
                text.averagesHint(data.month()));
        // The chart's 7 days include the 3 before logging began, drawn empty but not averaged, and
        // today so far (5 bottles by 20:00): (6 + 6 + 6 + 5) / 4.
        assertTrue(text.feedingSummary(data).contains("5.8 feeds a day on average. Averages count the days from "
                + "Mar 17, 2026 on."), text.feedingSummary(data));
    }

    @Test
    void inGermanToo() {
        ResourceBundle german = ResourceBundle.getBundle("nestling.ui.messages", Locale.GERMAN);
        InsightsData data = load(german, loggedFrom(LocalDate.of(2026, 3, 19)));
        InsightsText text = new InsightsText(context);
        assertEquals("Mahlzeiten: 6 am Tag, gemittelt \u00fcber einen Tag", text.average(Metric.FEEDS, data.week(),
                data.month()));
    }

    @Test
    void twelveDaysGiveAWholeWeekAndTwelveOfTheThirty() {
        InsightsData data = load(UiContext.defaultBundle(), loggedFrom(LocalDate.of(2026, 3, 8)));
        InsightsText text = new InsightsText(context);
        assertEquals("Feeds: 6 a day over the last 7 days (steady); 6 over 12 days", text.average(Metric.FEEDS, data.week(),
                data.month()));
    }

    @Test
    void nothingBeforeTodayHasNoAveragesYet() {
        InsightsData data = load(UiContext.defaultBundle(), loggedFrom(TODAY));
        assertEquals("No whole day logged yet: the averages start tomorrow.",
                new InsightsText(context).averagesHint(data.month()));
    }
}
