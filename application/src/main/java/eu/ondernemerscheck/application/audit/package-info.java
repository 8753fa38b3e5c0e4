/**
 * Audit: the append-only trail of security events (sign-ins, failures, denials, invitations, password changes) and of
 * changes to rates and client facts, each with who, when, firm and the state before and after (security.md §1.8).
 */
package eu.ondernemerscheck.application.audit;
