/**
 * The portfolio: a firm's clients, their facts per year and the signals that follow from them (product.md, journeys
 * 3, 4 and 7).
 */
package eu.ondernemerscheck.domain.portfolio;
