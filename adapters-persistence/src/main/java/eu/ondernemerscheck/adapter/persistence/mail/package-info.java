/**
 * Outgoing mail: over SMTP through Spring's mail sender when {@code spring.mail.host} is set, otherwise caught in
 * memory for the administrator's "Verzonden e-mail" page. Message bodies hold single-use links and are never logged.
 */
package eu.ondernemerscheck.adapter.persistence.mail;
