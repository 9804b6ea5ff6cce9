package nestling.ui.history;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * The History's rows as the table sees them: one item per matching entry, but only a bounded window
 * of pages held as full rows. An item not loaded yet reads as null (an empty line) and asks for its
 * page; when the page arrives its items report an update and the visible cells fill in. FX thread only.
 */
final class HistoryRows extends ObservableListBase<HistoryRow> {
    static final int PAGE = 100;
    static final int PAGES_KEPT = 20;
    /** A page asked for further than this from the latest one asked is no longer worth a query. */
    static final int PAGES_AHEAD = 2;

    /** Fetches one page in the background and hands it to {@link #arrived} or {@link #dropped}. */
    interface Fetcher {
        void fetch(HistoryListing listing, int page, long version);
    }

    private final Fetcher fetcher;
    private final Map<Integer, List<HistoryRow>> pages = new LinkedHashMap<>(PAGES_KEPT * 2, 0.75f, true);
    private final Set<Integer> asked = new HashSet<>();
    private HistoryListing listing = HistoryListing.EMPTY;
    private volatile long version;
    private volatile int latestAsked;

    HistoryRows(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public HistoryRow get(int index) {
        java.util.Objects.checkIndex(index, listing.size());
        int page = index / PAGE;
        List<HistoryRow> rows = pages.get(page);
        if (rows != null) {
            return rows.get(index - page * PAGE);
        }
        if (asked.add(page)) {
            latestAsked = page;
            fetcher.fetch(listing, page, version);
        }
        return null;
    }

    @Override
    public int size() {
        return listing.size();
    }

    /** The listing of a new filter, with its first page already made (so the table fills at once). */
    void reset(HistoryListing newListing, List<HistoryRow> firstPage) {
        int oldSize = listing.size();
        version++;
        pages.clear();
        asked.clear();
        listing = newListing;
        if (!firstPage.isEmpty()) {
            pages.put(0, firstPage);
        }
        beginChange();
        nextReplace(0, newListing.size(), Collections.nCopies(oldSize, null));
        endChange();
    }

    /** Whether a page asked for in {@code askedIn} is still wanted (called from the worker). */
    boolean wanted(long askedIn, int page) {
        return askedIn == version && Math.abs(page - latestAsked) <= PAGES_AHEAD;
    }

    void arrived(long askedIn, int page, List<HistoryRow> rows) {
        if (askedIn != version) {
            return;
        }
        asked.remove(page);
        pages.put(page, rows);
        if (pages.size() > PAGES_KEPT) {
            Integer eldest = pages.keySet().iterator().next();
            pages.remove(eldest);
        }
        beginChange();
        for (int i = 0; i < rows.size(); i++) {
            nextUpdate(page * PAGE + i);
        }
        endChange();
    }

    /**
     * The page was not fetched (no longer wanted, or failed). Its items report an update, so a cell
     * still showing one of them asks again; cells scrolled past do not.
     */
    void dropped(long askedIn, int page) {
        if (askedIn != version || !asked.remove(page)) {
            return;
        }
        beginChange();
        for (int i = pageStart(page); i < pageEnd(listing, page); i++) {
            nextUpdate(i);
        }
        endChange();
    }

    /** Fetching the page failed: it is not asked again until a cell reads it again. */
    void failed(long askedIn, int page) {
        if (askedIn == version) {
            asked.remove(page);
        }
    }

    /** How many pages of full rows are held (bounded by {@link #PAGES_KEPT}). */
    int pagesHeld() {
        return pages.size();
    }

    static int pageStart(int page) {
        return page * PAGE;
    }

    static int pageEnd(HistoryListing listing, int page) {
        return Math.min(listing.size(), (page + 1) * PAGE);
    }
}
