/** Notices about recomputed results in each firm's own schema, with read marks per accountant. */
package eu.ondernemerscheck.adapter.persistence.notices;
