package eu.ondernemerscheck.application.proposals.port.in;

import eu.ondernemerscheck.domain.shared.InvalidInputException;

/** Submit the signed-in client's draft of {@code year}, as last seen at {@code expectedVersion}. */
public record SubmitProposalCommand(int year, long expectedVersion) {
    public SubmitProposalCommand {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Kies een jaar tussen 2000 en 2100.");
        }
        if (expectedVersion < 1) {
            throw new InvalidInputException("expectedVersion", "Bewaar de check eerst als concept.");
        }
    }
}
