/**
 * The anonymous quick check of a firm: its public face found by the public id in the check link, the short
 * questionnaire generated from the scheme catalogue, and the lead a visitor may leave for the firm (product.md,
 * journey 1). This is the one place where an anonymous action writes into a firm's schema.
 */
package eu.ondernemerscheck.application.selfcheck;
