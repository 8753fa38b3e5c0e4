/**
 * Mail the platform sends: invitations and password resets. A message is plain text; its links carry single-use
 * secrets, so it is never written to a log (security.md §3.3).
 */
package eu.ondernemerscheck.domain.mail;
