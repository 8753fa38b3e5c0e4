package eu.ondernemerscheck.application.proposals.port.in;

import eu.ondernemerscheck.domain.proposals.ProposalStatus;

import java.time.Instant;

/** A proposal as a list shows it: whose, which year and version, its status and when it was submitted. */
public record ProposalSummary(long id, long clientId, String clientName, int year, int number,
                              ProposalStatus status, Instant submittedAt, String comment) {
}
