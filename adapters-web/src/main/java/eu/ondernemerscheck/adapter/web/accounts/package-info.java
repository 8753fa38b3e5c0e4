/**
 * Screens around accounts: the administrator's firms and caught mail, invitations for accountants and clients, the
 * invitee's landing page, and changing one's own password (security.md §3.3; ASVS 6.2.2, 6.4.1).
 */
package eu.ondernemerscheck.adapter.web.accounts;
