/**
 * The engine's vocabulary: rate parameters as dated values with status, source and checked-on date (tax-rules.md §7,
 * consequences for the engine), the rate book calculations read from, the scheme catalogue's building blocks, and
 * the explanation every outcome carries. Rates are data; rules are code in the scheme packages.
 */
package eu.ondernemerscheck.domain.rules;
