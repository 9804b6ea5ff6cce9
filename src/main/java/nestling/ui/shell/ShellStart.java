package nestling.ui.shell;

import java.time.Clock;
import java.util.List;
import nestling.domain.Baby;
import nestling.journal.Journal;
import nestling.store.SettingsRepository;
import nestling.store.VaultSession;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.Theme;
import nestling.ui.settings.AutoLockSetting;
import nestling.ui.settings.Language;
import nestling.ui.settings.LanguageSetting;
import nestling.ui.settings.ThemeSetting;
import nestling.ui.today.DashboardData;
import nestling.ui.today.DashboardLoader;
import nestling.ui.today.FirstDashboard;

/**
 * What the unlocked window shows first, read in the unlock's own background step right after the
 * vault opened (issue 20: unlock to Today within the key derivation + 150 ms). Without it the shell
 * asked for the babies, then Today for the first baby's dashboard, one background round trip after
 * the other, and drew Today twice (empty, then filled); a family's own language or theme rebuilt or
 * restyled the whole window after it was shown. With it the shell and Today are built once, filled.
 *
 * @param babies the babies that are not archived, in the family's order
 * @param firstDashboard the first baby's dashboard (the one Today shows first), perhaps still being
 *     read; null without a baby
 */
public record ShellStart(List<Baby> babies, int autoLockMinutes, Theme theme, Language language,
        FirstDashboard firstDashboard) {

    public ShellStart {
        babies = List.copyOf(babies);
    }

    /**
     * Reads the babies and settings now (a few milliseconds) and queues the first dashboard's read on
     * {@code tasks}, the unlock's own worker: it then runs while the FX thread builds the shell,
     * and arrives on the FX thread after that (null if it failed).
     */
    public static ShellStart readWhileTheShellIsBuilt(VaultSession session, Clock clock, BackgroundTasks tasks) {
        ShellStart start = readSettingsAndBabies(session, clock);
        if (start.babies().isEmpty()) {
            return start;
        }
        Baby first = start.babies().getFirst();
        FirstDashboard dashboard = FirstDashboard.pending(first.meta().id());
        tasks.run(() -> readDashboard(session, clock, first), dashboard::arrive, failed -> dashboard.arrive(null));
        return start.withDashboard(dashboard);
    }

    /** The babies and settings only (no dashboard). */
    static ShellStart readSettingsAndBabies(VaultSession session, Clock clock) {
        Journal journal = Journal.of(session.database(), clock);
        SettingsRepository settings = new SettingsRepository(session.database());
        return new ShellStart(journal.family().babies(false), new AutoLockSetting(settings).minutes(),
                new ThemeSetting(settings).theme(), new LanguageSetting(settings).language(), null);
    }

    /** The first baby's dashboard, as Today shows it (off the FX thread). */
    static DashboardData readDashboard(VaultSession session, Clock clock, Baby baby) {
        Journal journal = Journal.of(session.database(), clock);
        return new DashboardLoader(journal, session.database()).load(baby, clock.instant(), clock.getZone());
    }

    ShellStart withDashboard(FirstDashboard dashboard) {
        return new ShellStart(babies, autoLockMinutes, theme, language, dashboard);
    }
}
