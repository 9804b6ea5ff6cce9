/**
 * Summaries and chart series computed from the store: day and week totals, 7/30-day averages with
 * their trend, sleep and feeding patterns, growth points against the WHO centiles. Plain data, no
 * JavaFX: the UI draws it, the report prints it, the CLI shows it.
 */
package nestling.insights;
