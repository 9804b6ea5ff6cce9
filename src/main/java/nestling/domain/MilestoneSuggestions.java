package nestling.domain;

import java.util.List;

/** Titles offered when logging a milestone; any other title is allowed. */
public final class MilestoneSuggestions {
    public static final List<String> TITLES = List.of("First smile", "Rolls over", "Sits", "Crawls",
            "First word", "First steps", "First tooth");

    private MilestoneSuggestions() {
    }
}
