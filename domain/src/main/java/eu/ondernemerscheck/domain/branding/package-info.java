/**
 * A firm's branding: the name, logo and colour its clients see on the quick check and in the client report (issue 10,
 * product.md journey 5). Logos are checked by their content, never by their name alone (ASVS 5.2.2; OWASP File
 * Upload Cheat Sheet).
 */
package eu.ondernemerscheck.domain.branding;
