/** Clients: the small entrepreneurs in a firm's portfolio. Their data lives only in their firm's schema. */
package eu.ondernemerscheck.application.clients;
