/**
 * The scheme form shared by the anonymous quick check, the invited client's check and the accountant's client
 * workspace: questions generated from the scheme catalogue's inputs (architecture.md, "one catalogue of schemes drives
 * the API, the self-check, the accountant's views"), Dutch numbers and dates, live figures with their explanation.
 */
package eu.ondernemerscheck.adapter.web.schemeform;
