/**
 * The public calculation API, version 1, exactly as calculation-api.md specifies it: stateless, rate-limited per
 * address, RFC 9457 problem documents for every error.
 */
package eu.ondernemerscheck.adapter.web.api;
