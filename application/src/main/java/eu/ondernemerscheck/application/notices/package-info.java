/**
 * Notices to a firm's accountants: after new rates were published and the firm's stored results recomputed, what
 * changed (issue 9 point 4, journey 6 of product.md). Kept in the firm's own schema; read per accountant.
 */
package eu.ondernemerscheck.application.notices;
