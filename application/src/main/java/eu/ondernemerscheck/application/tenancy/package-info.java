/**
 * The tenant context: which firm the current unit of work belongs to (security.md §1 tenancy). Only tenancy code and
 * application services touch it.
 */
package eu.ondernemerscheck.application.tenancy;
