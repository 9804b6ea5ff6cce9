/**
 * The pediatrician report: {@link nestling.report.ReportData} gathers what a doctor asks about for
 * a date range, {@link nestling.report.ReportPdf} lays it out with OpenPDF (built-in fonts only, no
 * remote resources), {@link nestling.report.ReportFile} writes it atomically.
 */
package nestling.report;
