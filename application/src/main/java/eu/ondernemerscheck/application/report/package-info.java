/**
 * The client report as a PDF per client and year (product.md journey 5, issue 10): for the accountant of the client's
 * firm, and for the client about their own record only.
 */
package eu.ondernemerscheck.application.report;
