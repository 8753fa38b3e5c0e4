/**
 * Client imports and the portfolio export in the schema of the firm in the tenant context (firm migration V6). The
 * statements run on the connection of the firm's Hibernate session, so the schema is never named here.
 */
package eu.ondernemerscheck.adapter.persistence.exchange;
