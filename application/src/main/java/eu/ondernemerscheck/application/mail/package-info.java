/**
 * Outgoing mail: sent over SMTP when a mail server is configured, otherwise kept in memory and shown to an
 * administrator, so development, the demo and the tests can follow an invitation link without a mail server.
 */
package eu.ondernemerscheck.application.mail;
