/**
 * The catalogue of schemes: the single place that lists which schemes exist, from which every screen and the API are
 * generated.
 */
package eu.ondernemerscheck.domain.catalogue;
