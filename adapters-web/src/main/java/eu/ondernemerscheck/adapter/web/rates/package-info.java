/**
 * The administrator's rate screens (journey 6 of product.md, issue 9): per scheme every parameter with its values over
 * time as a table and a chart drawn on the server as SVG, and the form that adds, corrects or confirms a value as a
 * draft to publish. The rules come from the domain (RateChangeRules); the sources of the values from tax-rules.md.
 */
package eu.ondernemerscheck.adapter.web.rates;
