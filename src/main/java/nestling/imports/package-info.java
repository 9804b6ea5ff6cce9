/**
 * Imports from other baby trackers (Huckleberry, Nara Baby, Baby Tracker, Baby Buddy).
 *
 * <p>Each source format is one {@link nestling.imports.SourceFormat}: it reads the other app's file or folder
 * into {@link nestling.imports.SourceRow}s (what the row says, in that app's own terms of babies and local
 * times) and {@link nestling.imports.RefusedRow}s (a line it could not carry, with a reason a parent
 * understands). Turning rows into entries (zones, ids, duplicates) and writing them (staging, record checks,
 * one transaction, a safety copy first) is shared by all formats, outside the parsers. Plain Java: no JavaFX.
 */
package nestling.imports;
