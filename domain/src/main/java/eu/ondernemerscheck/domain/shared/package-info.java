/**
 * What every scheme shares: money rounded once to cents, Dutch number notation, and the way invalid input is
 * reported field by field.
 */
package eu.ondernemerscheck.domain.shared;
