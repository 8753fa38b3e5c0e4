/**
 * Accounts: the rules a new password must meet (ASVS 5.0 §6.2: length, common passwords, context words, no
 * composition rules) and the throttling of failed sign-ins (security.md §3.2).
 */
package eu.ondernemerscheck.domain.accounts;
