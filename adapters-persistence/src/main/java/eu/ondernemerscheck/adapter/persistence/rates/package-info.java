/**
 * Rates in the platform schema: the shipped rate data loaded by migration, and the rates in force read back as a rate
 * book. Every change is a new rate version; nothing is overwritten (tax-rules.md §7).
 */
package eu.ondernemerscheck.adapter.persistence.rates;
