/**
 * Rates and calculations: the scheme catalogue computed on the rate values in force (tax-rules.md; rates are data with
 * sources and a status).
 */
package eu.ondernemerscheck.application.rates;
