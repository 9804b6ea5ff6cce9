/**
 * Growth against the WHO Child Growth Standards: the LMS tables (bundled as resources under
 * {@code who/}), z-scores and percentiles per indicator, corrected age for babies born early, and
 * centile curves for charts. Plain Java: no JavaFX, no I/O beyond reading the bundled tables.
 */
package nestling.growth;
