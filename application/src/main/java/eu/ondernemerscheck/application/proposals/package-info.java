/**
 * Proposals: a client's own check per year, saved as a draft and submitted to the accountant, and the accountant's
 * review of it (product.md, journeys 2 and 3). The client is always the one linked to the signed-in account; the
 * accountant reviews only proposals of their own firm, and accepted values become facts through the clients feature.
 */
package eu.ondernemerscheck.application.proposals;
