/**
 * The firm's anonymous quick check (product.md, journey 1) and the accountant's view of the leads it brings in. The
 * questions are generated from the scheme catalogue; figures are computed on every answer; nothing is stored until
 * the visitor leaves contact details.
 */
package eu.ondernemerscheck.adapter.web.selfcheck;
