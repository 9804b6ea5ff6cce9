package nestling.report;

import java.time.LocalDateTime;

/** A note or a milestone for the report's last section. */
public record JournalNote(LocalDateTime localTime, boolean milestone, String title, String text) {
}
