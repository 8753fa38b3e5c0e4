/** The embedded default database: a real PostgreSQL started by the application when no external one is configured. */
package eu.ondernemerscheck.adapter.persistence.embedded;
