/**
 * Security: sign-in, the two filter chains (stateless public API, the Vaadin application), password hashing and the
 * tenant context taken from the signed-in user (security.md §1, §3).
 */
package eu.ondernemerscheck.adapter.web.security;
