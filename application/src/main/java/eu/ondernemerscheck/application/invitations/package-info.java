/**
 * Invitations: an administrator invites an accountant into a firm, an accountant invites a client into their own firm.
 * The link carries 32 random bytes; only their SHA-256 is stored; it is valid for 72 hours and used once, decided by
 * one conditional update so two simultaneous clicks cannot both win. Every refusal reads the same whether the link is
 * unknown, expired or used (security.md §3.3, TC-18; ASVS 6.4.1, 6.5.2, 11.5.1).
 */
package eu.ondernemerscheck.application.invitations;
