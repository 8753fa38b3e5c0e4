/**
 * Clients moving in and out as CSV files a spreadsheet opens (issue 10, product.md "what people expect"): the import
 * with its preview and per-row errors, the export of the portfolio. Excel reads a UTF-8 file correctly only with a byte
 * order mark and splits on the list separator of the user's locale, a semicolon for Dutch and Belgian settings; a
 * cell starting with {@code = + - @}, a tab or a carriage return can become a formula (OWASP CSV Injection).
 */
package eu.ondernemerscheck.domain.exchange;
