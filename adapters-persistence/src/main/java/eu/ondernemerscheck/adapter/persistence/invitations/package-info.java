/**
 * Invitations in the platform schema (V7): token hashes, single use by a conditional update, and the accounts created
 * from accepted invitations (security.md §3.3).
 */
package eu.ondernemerscheck.adapter.persistence.invitations;
