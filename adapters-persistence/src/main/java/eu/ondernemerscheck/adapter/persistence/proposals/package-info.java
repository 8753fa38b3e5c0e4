/** Proposals of a client's own check in the firm's schema, and the link from a client account to its client. */
package eu.ondernemerscheck.adapter.persistence.proposals;
