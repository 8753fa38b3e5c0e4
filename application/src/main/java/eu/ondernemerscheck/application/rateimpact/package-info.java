/**
 * The effect of a rate draft on real clients before it is published (journey 6 of product.md, issue 9 point 3): every
 * client year with facts in every firm is computed on the rates in force and on the rates with the draft applied,
 * each firm in its own read-only transaction in its own schema; nothing is stored or changed.
 */
package eu.ondernemerscheck.application.rateimpact;
