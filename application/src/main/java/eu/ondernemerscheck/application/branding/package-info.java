/**
 * A firm's branding as its accountants set it and its clients and visitors see it (issue 10): the display name, colour
 * and logo, kept in the platform register because the anonymous quick check shows them without reading any of the
 * firm's client data.
 */
package eu.ondernemerscheck.application.branding;
