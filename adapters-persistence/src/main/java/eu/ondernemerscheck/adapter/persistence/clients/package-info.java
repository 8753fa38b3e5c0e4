/** Clients stored in their firm's own schema. */
package eu.ondernemerscheck.adapter.persistence.clients;
