package nestling.reminders;

/** Where the feed interval is counted from: the family's choice. */
public enum FeedCountedFrom {
    START,
    END
}
