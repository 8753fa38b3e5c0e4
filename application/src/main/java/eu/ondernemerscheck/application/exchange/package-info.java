/**
 * Clients in and out as CSV (issue 10): an import previewed line by line and stored only on confirmation (all valid
 * lines, or nothing at all when any line is wrong, as the accountant chooses), and the portfolio as an Excel-ready
 * export.
 */
package eu.ondernemerscheck.application.exchange;
