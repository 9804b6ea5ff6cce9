package nestling.app;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record: time, level, logger, the message with its parameters. A thrown exception is
 * written as its class names and stack frames only, never its message: messages of libraries may
 * quote their input (a JSON parser quotes the backup it choked on, SQLite a value), and the log must
 * never hold a family's data. Code that logs passes only counts, ids of operations and timings.
 */
final class SafeLogFormatter extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder()
                .append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                .append(record.getLevel().getName()).append(' ')
                .append(record.getLoggerName()).append(": ")
                .append(formatMessage(record)).append(System.lineSeparator());
        for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
            line.append("  caused by ").append(cause.getClass().getName()).append(System.lineSeparator());
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 8); i++) {
                line.append("    at ").append(frames[i]).append(System.lineSeparator());
            }
        }
        return line.toString();
    }
}
