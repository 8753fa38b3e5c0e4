package eu.ondernemerscheck.application.proposals.port.in;

import eu.ondernemerscheck.domain.shared.InvalidInputException;

/** Ask the client for changes, or reject: always with a comment for the client. */
public record DecideProposalCommand(long proposalId, String comment, long expectedVersion) {
    public DecideProposalCommand {
        if (proposalId <= 0) {
            throw new InvalidInputException("proposalId", "Kies een voorstel.");
        }
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "Schrijf erbij wat de klant moet aanpassen of waarom.");
        }
        if (comment.strip().length() > 2000) {
            throw new InvalidInputException("comment", "Houd de toelichting onder 2000 tekens.");
        }
        comment = comment.strip();
    }
}
