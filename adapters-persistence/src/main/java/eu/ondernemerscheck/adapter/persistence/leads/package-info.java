/** Leads of the quick check, stored in their firm's own schema, and the firm register's public face. */
package eu.ondernemerscheck.adapter.persistence.leads;
