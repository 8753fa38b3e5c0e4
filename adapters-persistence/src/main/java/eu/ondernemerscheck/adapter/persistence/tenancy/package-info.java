/**
 * Tenancy: one schema per firm, switched per unit of work from the tenant context; firm provisioning and per-firm
 * migrations (architecture.md, tenancy; security.md §1).
 */
package eu.ondernemerscheck.adapter.persistence.tenancy;
