/**
 * Firms: the accountancy firms that are the tenants of the platform, each with its own schema for client data
 * (architecture.md, tenancy).
 */
package eu.ondernemerscheck.application.firms;
