/**
 * Background jobs with db-scheduler (github.com/kagkarlsson/db-scheduler): the recompute of stored results after a
 * publication (issue 9 point 4) and the nightly refresh of date-dependent signals (issue 8 point 2). Executions are
 * rows in {@code platform.scheduled_tasks}; a node takes one by updating its row, so each runs once across the nodes,
 * and a node that dies mid-run is noticed by its missing heartbeat and the execution revived elsewhere. The jobs act
 * under the system role, never as a person.
 */
package eu.ondernemerscheck.adapter.persistence.jobs;
