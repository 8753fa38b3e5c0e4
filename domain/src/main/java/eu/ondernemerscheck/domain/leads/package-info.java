/**
 * Leads: a visitor of a firm's anonymous quick check who asked to be contacted, with the answers and figures of that
 * check (product.md, journey 1: nothing is stored until the visitor says so).
 */
package eu.ondernemerscheck.domain.leads;
