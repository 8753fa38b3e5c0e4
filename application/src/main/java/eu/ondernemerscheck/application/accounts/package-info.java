/**
 * Accounts: users of the platform with their role and firm (security.md §1, §3). Passwords are only ever stored as
 * Argon2id hashes.
 */
package eu.ondernemerscheck.application.accounts;
