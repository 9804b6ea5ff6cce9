package nestling.ui.shell;

import java.time.Clock;
import java.util.List;
import nestling.domain.Baby;
import nestling.journal.Journal;
import nestling.store.SettingsRepository;
import nestling.store.VaultSession;
import nestling.ui.common.Theme;
import nestling.ui.settings.AutoLockSetting;
import nestling.ui.settings.Language;
import nestling.ui.settings.LanguageSetting;
import nestling.ui.settings.ThemeSetting;
import nestling.ui.today.DashboardData;
import nestling.ui.today.DashboardLoader;

/**
 * What the unlocked window shows first, read in the unlock's own background step right after the
 * vault opened (issue 20: unlock to Today within the key derivation + 150 ms). Without it the shell
 * asked for the babies, then Today for the first baby's dashboard, one background round trip after
 * the other, and drew Today twice (empty, then filled); a family's own language or theme rebuilt or
 * restyled the whole window after it was shown. With it the shell and Today are built once, filled.
 *
 * @param babies the babies that are not archived, in the family's order
 * @param firstDashboard the first baby's dashboard (the one Today shows first); null without a baby
 */
public record ShellStart(List<Baby> babies, int autoLockMinutes, Theme theme, Language language,
        DashboardData firstDashboard) {

    public ShellStart {
        babies = List.copyOf(babies);
    }

    /** Reads it (a few indexed queries: call it off the FX thread, before the shell is built). */
    public static ShellStart read(VaultSession session, Clock clock) {
        Journal journal = Journal.of(session.database(), clock);
        SettingsRepository settings = new SettingsRepository(session.database());
        List<Baby> babies = journal.family().babies(false);
        DashboardData first = babies.isEmpty() ? null
                : new DashboardLoader(journal, session.database()).load(babies.getFirst(), clock.instant(),
                        clock.getZone());
        return new ShellStart(babies, new AutoLockSetting(settings).minutes(), new ThemeSetting(settings).theme(),
                new LanguageSetting(settings).language(), first);
    }
}
