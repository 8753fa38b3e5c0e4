/** The append-only audit trail in the platform schema (security.md §1.8, TC-41). */
package eu.ondernemerscheck.adapter.persistence.audit;
